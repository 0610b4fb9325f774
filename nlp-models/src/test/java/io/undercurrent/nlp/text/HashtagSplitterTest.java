package io.undercurrent.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashtagSplitterTest {

    private final HashtagSplitter splitter =
            new HashtagSplitter(Set.of("never", "flying", "again", "epic", "fail", "customer", "service")::contains);

    @Test
    void splitsCamelCase() {
        assertThat(splitter.split("NeverFlyingAgain")).containsExactly("Never", "Flying", "Again");
        assertThat(splitter.split("USAirways")).containsExactly("US", "Airways");
        assertThat(splitter.split("fail_whale")).containsExactly("fail", "whale");
    }

    @Test
    void segmentsLowerCaseTagsIntoKnownWords() {
        assertThat(splitter.split("epicfail")).containsExactly("epic", "fail");
        assertThat(splitter.split("customerservice")).containsExactly("customer", "service");
    }

    @Test
    void keepsUnknownOrSingleWordTagsWhole() {
        assertThat(splitter.split("fail")).containsExactly("fail");
        assertThat(splitter.split("xyzzyq")).containsExactly("xyzzyq");
    }

    @Test
    void expandReplacesHashtagsWithWordTokens() {
        List<Token> tokens = List.of(new Token(TokenKind.WORD, "so", "so", false, false),
                new Token(TokenKind.HASHTAG, "#EpicFail", "epicfail", false, false));
        assertThat(splitter.expand(tokens)).extracting(Token::text).containsExactly("so", "epic", "fail");
        assertThat(splitter.expand(tokens)).extracting(Token::kind).containsOnly(TokenKind.WORD);
    }
}
