package org.switchboard.email.mime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML bodies to text with jsoup. */
class HtmlToTextTest {

    @Test
    void blocksBreaksListsAndEntitiesBecomePlainText() {
        String html = "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
                + "<p>Hello&nbsp;Bob,</p><div>Line one<br>Line two</div><ul><li>first</li><li>second</li></ul>"
                + "<p>5 &lt; 6 &amp; 7 &gt; 3</p><span style=\"display:none\">preheader</span></body></html>";
        assertThat(HtmlToText.convert(html))
                .isEqualTo("Hello Bob,\n\nLine one\nLine two\n- first\n- second\n\n5 < 6 & 7 > 3");
    }

    @Test
    void quotedHistoryMarkedByMailClientsIsRemoved() {
        String gmail = "<div>Yes, please.</div><div class=\"gmail_quote\">On Mon, Bob wrote:<blockquote>"
                + "old</blockquote></div>";
        assertThat(HtmlToText.convertNewContent(gmail)).isEqualTo("Yes, please.");
        String outlook = "<p>Done.</p><div id=\"divRplyFwdMsg\"><b>From:</b> Bob</div><div>old text</div>";
        assertThat(HtmlToText.convertNewContent(outlook)).isEqualTo("Done.");
        assertThat(HtmlToText.convert(outlook)).contains("old text");
    }
}
