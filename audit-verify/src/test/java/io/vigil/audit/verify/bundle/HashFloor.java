package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.merkle.TreeHasher;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.zip.ZipFile;

/**
 * The raw limit beside bench/run's figure: how fast this machine's JDK SHA-256 alone gets through the same
 * bundle's events, reading events.ndjson as the verifier does and doing nothing else with it, (a) the leaf hashes
 * SHA-256(0x00 || envelope) only and (b) those plus the whole file's SHA-256 the manifest requires. Arguments: the
 * bundle path, the number of passes (the first and the last are printed).
 */
public final class HashFloor {

    private static final byte[] ENVELOPE = "\"envelope\":".getBytes(StandardCharsets.US_ASCII);

    private HashFloor() {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int pass = 1; pass <= passes; pass++) {
            String leaves = rate(args[0], false);
            String both = rate(args[0], true);
            if (pass == 1 || pass == passes) {
                System.out.println("SHA-256 floor, pass " + pass + (pass == 1 ? " (fresh JVM, as the CLI runs)" : " (warm)")
                        + ": leaf hashes only " + leaves + "; leaf hashes + file hash " + both);
            }
        }
    }

    private static String rate(String bundle, boolean fileHash) throws Exception {
        TreeHasher hasher = TreeHasher.create();
        MessageDigest file = MessageDigest.getInstance("SHA-256");
        byte[] leaf = new byte[TreeHasher.HASH_SIZE];
        byte[] buffer = new byte[1 << 20];
        long events = 0;
        long start = System.nanoTime();
        try (ZipFile zip = new ZipFile(bundle); InputStream in = zip.getInputStream(zip.getEntry(BundleFormat.EVENTS))) {
            int filled = 0;
            int read;
            while ((read = in.read(buffer, filled, buffer.length - filled)) > 0) {
                if (fileHash) {
                    file.update(buffer, filled, read);
                }
                filled += read;
                int lineStart = 0;
                for (int nl = next(buffer, lineStart, filled); nl >= 0; nl = next(buffer, lineStart, filled)) {
                    int envelope = find(buffer, lineStart, nl) + ENVELOPE.length;
                    hasher.hashLeafInto(buffer, envelope, nl - 1 - envelope, leaf);
                    events++;
                    lineStart = nl + 1;
                }
                System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
                filled -= lineStart;
            }
        }
        file.digest();
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("%,.0f events/s", events / seconds);
    }

    private static int next(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int find(byte[] b, int from, int to) {
        outer:
        for (int i = from; i + ENVELOPE.length <= to; i++) {
            for (int k = 0; k < ENVELOPE.length; k++) {
                if (b[i + k] != ENVELOPE[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("an event line without an envelope");
    }
}
