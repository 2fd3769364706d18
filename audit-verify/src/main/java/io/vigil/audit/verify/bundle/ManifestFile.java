package io.vigil.audit.verify.bundle;

import java.util.Arrays;

/**
 * One file listed in a bundle manifest.
 *
 * @param path the zip entry name
 * @param sha256 SHA-256 of the entry's uncompressed bytes
 * @param size the entry's uncompressed length
 */
public record ManifestFile(String path, byte[] sha256, long size) {

    /** Copies the hash. */
    public ManifestFile {
        sha256 = sha256.clone();
    }

    /** The hash (a copy). */
    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ManifestFile f && f.path.equals(path) && f.size == size && Arrays.equals(f.sha256, sha256);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(sha256);
    }
}
