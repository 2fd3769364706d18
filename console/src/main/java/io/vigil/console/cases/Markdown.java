package io.vigil.console.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders notes' markdown (CommonMark) to HTML that is safe to put on a page: raw HTML in a note is escaped, not
 * passed through; link targets other than http(s), mailto and relative paths are dropped; links open without a
 * referrer. Images are not loaded (shown as their text): a note must not fetch third-party content into a
 * reviewer's page, nor show unreviewed media outside the blurred evidence view.
 */
@ApplicationScoped
public class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    if (!safeTarget(attributes.get("href"))) {
                        attributes.put("href", "");
                    }
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        replaceImages(document);
        return renderer.render(document);
    }

    /** Web and mail addresses and relative paths; CommonMark's own sanitiser still lets data: through. */
    static boolean safeTarget(String href) {
        if (href == null || href.isEmpty()) {
            return true;
        }
        String lower = href.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                || !lower.matches("^[a-z][a-z0-9+.-]*:.*");
    }

    private static void replaceImages(Node document) {
        List<Image> images = new java.util.ArrayList<>();
        collect(document, images);
        for (Image image : images) {
            String alt = alternativeText(image);
            Text text = new Text("[image: " + (alt.isBlank() ? image.getDestination() : alt) + "]");
            image.insertBefore(text);
            image.unlink();
        }
    }

    private static void collect(Node node, List<Image> images) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image image) {
                images.add(image);
            } else {
                collect(child, images);
            }
        }
    }

    private static String alternativeText(Image image) {
        StringBuilder text = new StringBuilder();
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            }
        }
        return text.toString();
    }
}
