package io.vigil.console.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void commonMarkFormattingIsRendered() {
        assertThat(markdown.html("Seller **reuses** photos:\n\n- one\n- two\n\n`code`"))
                .contains("<strong>reuses</strong>", "<li>one</li>", "<code>code</code>");
    }

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        assertThat(markdown.html("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>"))
                .doesNotContain("<script", "<img").contains("&lt;script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void scriptAndDataLinksLoseTheirTargetWhileWebLinksOpenWithoutReferrer() {
        String html = markdown.html("[a](javascript:alert(2)) [b](data:text/html,x) [c](https://example.org/x)");

        assertThat(html).doesNotContain("javascript:", "data:text")
                .contains("<a rel=\"nofollow noopener noreferrer\" href=\"https://example.org/x\">c</a>");
    }

    @Test
    void imagesAreShownAsTextSoANoteNeverLoadsMedia() {
        assertThat(markdown.html("![the photo](https://example.org/p.png)"))
                .doesNotContain("<img").contains("[image: the photo]");
    }

    @Test
    void aBlankNoteRendersNothing() {
        assertThat(markdown.html("  ")).isEmpty();
        assertThat(markdown.html(null)).isEmpty();
    }
}
