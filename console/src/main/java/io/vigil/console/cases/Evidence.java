package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A piece of evidence's metadata. Its bytes are only ever fetched through case-service (the console proxies
 * them), so every look at a file is on the chain of custody.
 */
@RegisterForReflection
public record Evidence(UUID id, String kind, String name, String description, String mediaType, Long sizeBytes,
        String sha256, String url, String addedBy, Instant addedAt) {

    /** Raster images and video the browser shows inline; SVG and HTML never are (they can carry script). */
    static final Set<String> INLINE_IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
    static final Set<String> INLINE_VIDEO = Set.of("video/mp4", "video/webm", "video/ogg");

    public boolean isUrl() {
        return "URL".equals(kind);
    }

    public boolean isImage() {
        return !isUrl() && INLINE_IMAGES.contains(baseType());
    }

    public boolean isVideo() {
        return !isUrl() && INLINE_VIDEO.contains(baseType());
    }

    public boolean isMedia() {
        return isImage() || isVideo();
    }

    String baseType() {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    public String added() {
        return Display.time(addedAt);
    }

    public String shortHash() {
        return sha256 == null || sha256.length() < 12 ? "" : sha256.substring(0, 12);
    }

    public String size() {
        if (sizeBytes == null) {
            return "";
        }
        if (sizeBytes < 1024) {
            return sizeBytes + " B";
        }
        if (sizeBytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", sizeBytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", sizeBytes / (1024.0 * 1024.0));
    }

    /** A case's evidence, oldest first. */
    @RegisterForReflection
    public record Listing(List<Evidence> items) {

        public Listing {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
