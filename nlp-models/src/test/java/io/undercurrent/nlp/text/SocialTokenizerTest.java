package io.undercurrent.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.nlp.lexicon.ValenceLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class SocialTokenizerTest {

    private final SocialTokenizer tokenizer = new SocialTokenizer(ValenceLexicon.load().emoticons());

    @Test
    void keepsUrlsMentionsHashtagsAsSuch() {
        List<Token> tokens = tokenizer.tokenize("@United see https://t.co/abc?x=1 #NeverAgain");
        assertThat(tokens).extracting(Token::kind)
                .containsExactly(TokenKind.MENTION, TokenKind.WORD, TokenKind.URL, TokenKind.HASHTAG);
        assertThat(tokens.get(0).norm()).isEqualTo("united");
        assertThat(tokens.get(3).norm()).isEqualTo("neveragain");
    }

    @Test
    void recognisesEmoticonsButNotParenthesisedNumbers() {
        assertThat(tokenizer.tokenize("great :) see you :-(")).extracting(Token::kind)
                .containsExactly(TokenKind.WORD, TokenKind.EMOTICON, TokenKind.WORD, TokenKind.WORD,
                        TokenKind.EMOTICON);
        assertThat(tokenizer.tokenize("waited (8 hours)")).extracting(Token::kind).doesNotContain(TokenKind.EMOTICON);
        assertThat(tokenizer.tokenize("Delta: terminal D")).extracting(Token::kind)
                .doesNotContain(TokenKind.EMOTICON);
    }

    @Test
    void emojiDropTheirSkinToneAndVariationSelectors() {
        List<Token> tokens = tokenizer.tokenize("nice👍🏽❤️!");
        assertThat(tokens).extracting(Token::text).containsExactly("nice", "👍", "❤", "!");
        assertThat(tokens.get(1).kind()).isEqualTo(TokenKind.EMOJI);
    }

    @Test
    void elongationIsFlaggedAndCutToTwoLetters() {
        Token token = tokenizer.tokenize("soooooo").get(0);
        assertThat(token.elongated()).isTrue();
        assertThat(token.norm()).isEqualTo("soo");
        assertThat(SocialTokenizer.collapseRepeats(token.norm())).isEqualTo("so");
        assertThat(tokenizer.tokenize("good").get(0).elongated()).isFalse();
    }

    @Test
    void shoutingIsFlaggedOnlyForCapitalisedWords() {
        List<Token> tokens = tokenizer.tokenize("this is NOT OK I said");
        assertThat(tokens).extracting(Token::shouted).containsExactly(false, false, true, true, false, false);
    }

    @Test
    void decodesHtmlEntitiesBeforeTokenizing() {
        List<Token> tokens = tokenizer.tokenize("fish &amp; chips &lt;3 &#128512;");
        assertThat(tokens).extracting(Token::text).containsExactly("fish", "&", "chips", "<3", "😀");
        assertThat(tokens.get(2).kind()).isEqualTo(TokenKind.WORD);
        assertThat(tokens.get(3).kind()).isEqualTo(TokenKind.EMOTICON);
    }

    @Test
    void keepsContractionsAndSplitOffClitics() {
        assertThat(tokenizer.tokenize("don’t go")).extracting(Token::norm).containsExactly("don't", "go");
        assertThat(tokenizer.tokenize("it 's fine")).extracting(Token::norm).containsExactly("it", "'s", "fine");
    }

    @Test
    void punctuationRunsStayTogether() {
        assertThat(tokenizer.tokenize("why!!! ...")).extracting(Token::text).containsExactly("why", "!!!", "...");
    }
}
