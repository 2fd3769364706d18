package io.vigil.cases.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An uploaded file read into memory under a size limit, with its SHA-256 computed once, here. */
public record Upload(String name, String mediaType, byte[] content, String sha256) {

    /** Reads at most {@code limit} bytes; one byte more and the whole upload is refused. */
    public static Upload read(String name, String mediaType, InputStream in, long limit) {
        try (in) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limit + 1));
            if (content.length > limit) {
                throw new EvidenceTooLargeException(limit);
            }
            return new Upload(name, mediaType, content, sha256(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
