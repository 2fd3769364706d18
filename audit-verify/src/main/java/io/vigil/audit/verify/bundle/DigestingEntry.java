package io.vigil.audit.verify.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes one zip entry while hashing it, so the manifest can list each file's SHA-256 without a second pass. */
final class DigestingEntry extends OutputStream {

    private final ZipOutputStream zip;
    private final String path;
    private final MessageDigest sha256;
    private long size;

    DigestingEntry(ZipOutputStream zip, String path) throws IOException {
        this.zip = zip;
        this.path = path;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
        zip.putNextEntry(new ZipEntry(path));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        zip.write(b, off, len);
        sha256.update(b, off, len);
        size += len;
    }

    /** Closes the entry (not the zip) and returns its manifest line. */
    ManifestFile finish() throws IOException {
        zip.closeEntry();
        return new ManifestFile(path, sha256.digest(), size);
    }
}
