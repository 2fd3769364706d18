package io.vigil.audit.verify.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Streams newline-terminated lines out of a large buffer while hashing every byte read, so
 * {@code events.ndjson} is read once for both its manifest hash and its events, without a String per line.
 */
final class LineReader {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';

    /** Receives each line as a slice of the reader's buffer, without its newline. */
    interface LineHandler {
        void line(byte[] buffer, int start, int end, long lineNumber);
    }

    private final InputStream in;
    private final MessageDigest sha256;
    private byte[] buffer = new byte[1 << 20];
    private long size;

    LineReader(InputStream in) {
        this.in = in;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** Reads to the end, handing over each line; a last line without a newline is handed over too. */
    void forEachLine(LineHandler handler) throws IOException {
        int filled = 0;
        int lineStart = 0;
        long lineNumber = 0;
        while (true) {
            if (filled == buffer.length) {
                int kept = filled - lineStart;
                if (lineStart == 0) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2); // one line longer than the buffer
                } else {
                    System.arraycopy(buffer, lineStart, buffer, 0, kept);
                }
                filled = kept;
                lineStart = 0;
            }
            int read = in.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                break;
            }
            sha256.update(buffer, filled, read);
            size += read;
            int from = filled;
            filled += read;
            for (int nl = newline(buffer, from, filled); nl >= 0; nl = newline(buffer, nl + 1, filled)) {
                handler.line(buffer, lineStart, nl, ++lineNumber);
                lineStart = nl + 1;
            }
        }
        if (lineStart < filled) {
            handler.line(buffer, lineStart, filled, ++lineNumber);
        }
    }

    /** The index of the first newline in {@code b[i, end)}, or -1; eight bytes per step (lines are ~1 KB long). */
    static int newline(byte[] b, int i, int end) {
        while (i + Long.BYTES <= end) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long zero = (x - ONES) & ~x & HIGH_BITS; // marks the lowest zero byte exactly, so the first newline
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
            i += Long.BYTES;
        }
        for (; i < end; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** SHA-256 of all bytes read. */
    byte[] sha256() {
        return sha256.digest();
    }

    /** Number of bytes read. */
    long size() {
        return size;
    }
}
