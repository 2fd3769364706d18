package io.vigil.console.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the console hands an evidence file to the browser: inline only for the raster images and video the case
 * page shows (and never for a download), as an attachment otherwise, with a header-safe file name.
 */
record EvidenceFile(String mediaType, String disposition) {

    private static final Pattern NAME = Pattern.compile("filename=\"([^\"]*)\"");

    static EvidenceFile of(String upstreamType, String upstreamDisposition, boolean download) {
        String type = upstreamType == null ? "application/octet-stream" : upstreamType.trim();
        String base = type.toLowerCase(Locale.ROOT).split(";")[0].trim();
        boolean inline = !download && (Evidence.INLINE_IMAGES.contains(base) || Evidence.INLINE_VIDEO.contains(base));
        String name = name(upstreamDisposition);
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String disposition = (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return new EvidenceFile(inline ? base : type, disposition);
    }

    private static String name(String disposition) {
        if (disposition != null) {
            Matcher found = NAME.matcher(disposition);
            if (found.find() && !found.group(1).isBlank()) {
                return found.group(1).replaceAll("[\\p{Cntrl}\"\\\\/]", "_");
            }
        }
        return "evidence";
    }
}
