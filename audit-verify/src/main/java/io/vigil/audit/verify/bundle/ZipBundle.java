package io.vigil.audit.verify.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Read access to a bundle's zip entries, refusing to load small files beyond a sane size (zip bombs). */
final class ZipBundle implements Closeable {

    private static final long MAX_SMALL_FILE = 64L << 20;

    private final ZipFile zip;

    ZipBundle(Path path) throws IOException {
        this.zip = new ZipFile(path.toFile());
    }

    /** Entry names, excluding directories. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
            if (!e.isDirectory()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** The whole content of a small entry, if present. */
    Optional<byte[]> read(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] content = in.readNBytes((int) MAX_SMALL_FILE + 1);
            if (content.length > MAX_SMALL_FILE) {
                throw new IOException(name + " is larger than " + MAX_SMALL_FILE + " bytes");
            }
            return Optional.of(content);
        }
    }

    /** A stream over a (possibly large) entry. */
    Optional<InputStream> open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? Optional.empty() : Optional.of(zip.getInputStream(entry));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
