package io.undercurrent.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void paragraphsBecomeBlankLinesAndBreaksNewlines() {
        assertThat(HtmlText.toPlainText("<p>first<br>line two<br/>three</p><p>second</p>"))
                .isEqualTo("first\nline two\nthree\n\nsecond");
    }

    @Test
    void manyBreaksLeaveAtMostOneBlankLineAndNoneAtTheEnds() {
        assertThat(HtmlText.toPlainText("<p><br>line <br><br><br><br> after</p><div><p></p></div><p>end<br></p>"))
                .isEqualTo("line\n\nafter\n\nend");
    }

    @Test
    void sourceWhitespaceCollapsesLikeABrowserShowsIt() {
        assertThat(HtmlText.toPlainText("<p>  lots\n   of\tspace </p>\n\n<p> here </p>"))
                .isEqualTo("lots of space\n\nhere");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(HtmlText.toPlainText("&quot;a&quot; &amp; &#39;b&#39; &lt;3 &#x1F600; caf&eacute;&nbsp;x"))
                .isEqualTo("\"a\" & 'b' <3 \uD83D\uDE00 caf&eacute; x");
    }

    @Test
    void textThatOnlyLooksLikeMarkupIsKept() {
        assertThat(HtmlText.toPlainText("1 < 2 & AT&T; <3")).isEqualTo("1 < 2 & AT&T; <3");
    }

    @Test
    void hiddenPartsOfLinksAreKeptSoTheLinkIsWhole() {
        String mastodonLink = "<a href=\"https://knowyourmeme.com/memes/karen\"><span class=\"invisible\">https://"
                + "</span><span class=\"\">knowyourmeme.com/memes/karen</span><span class=\"invisible\"></span></a>";

        assertThat(HtmlText.toPlainText(mastodonLink)).isEqualTo("https://knowyourmeme.com/memes/karen");
    }

    @Test
    void commentsAndUnclosedTagsAreDropped() {
        assertThat(HtmlText.toPlainText("<!-- SC_OFF --><p>kept</p><!-- gone")).isEqualTo("kept");
        assertThat(HtmlText.toPlainText("kept<a href=\"x")).isEqualTo("kept");
    }
}
