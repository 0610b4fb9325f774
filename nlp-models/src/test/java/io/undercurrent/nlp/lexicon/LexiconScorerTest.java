package io.undercurrent.nlp.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.nlp.text.SocialTokenizer;
import org.junit.jupiter.api.Test;

class LexiconScorerTest {

    private static final ValenceLexicon LEXICON = ValenceLexicon.load();
    private final SocialTokenizer tokenizer = new SocialTokenizer(LEXICON.emoticons());
    private final LexiconScorer scorer = new LexiconScorer(LEXICON);

    private LexiconEvidence score(String text) {
        return scorer.score(tokenizer.tokenize(text));
    }

    @Test
    void lexiconHoldsVaderWordsEmoticonsEmojiAndProjectTerms() {
        assertThat(LEXICON.valence("good")).isPositive();
        assertThat(LEXICON.valence(":)")).isPositive();
        assertThat(LEXICON.valence("😡")).isNegative();
        assertThat(LEXICON.valence("outage")).isNegative();
        assertThat(LEXICON.valence("flight")).isNaN();
        assertThat(LEXICON.size()).isGreaterThan(7000);
    }

    @Test
    void negationFlipsWithinItsScopeOnly() {
        assertThat(score("the food was good").compound()).isPositive();
        assertThat(score("the food was not good").compound()).isNegative();
        assertThat(score("not the worst, good").negated()).isEqualTo(1);
        assertThat(score("not here. good").compound()).isPositive();
    }

    @Test
    void contrastMakesTheClauseAfterButCount() {
        assertThat(score("the seats were great but the crew was awful").compound()).isNegative();
        assertThat(score("the crew was awful but the seats were great").compound()).isPositive();
    }

    @Test
    void boostersShoutingElongationAndExclamationsIntensify() {
        float plain = score("this is good").compound();
        assertThat(score("this is very good").compound()).isGreaterThan(plain);
        assertThat(score("this is GOOD").compound()).isGreaterThan(plain);
        assertThat(score("this is goooood").compound()).isGreaterThan(plain);
        assertThat(score("this is good!!!").compound()).isGreaterThan(plain);
        assertThat(score("this is slightly good").compound()).isLessThan(plain);
    }

    @Test
    void kindOfIsAHedgeNotKindness() {
        assertThat(score("she is kind").compound()).isPositive();
        assertThat(score("it is kind of bad").compound()).isNegative();
    }

    @Test
    void textWithoutSentimentWordsScoresZero() {
        LexiconEvidence evidence = score("the train leaves at noon");
        assertThat(evidence.compound()).isZero();
        assertThat(evidence.sentimentTerms()).isZero();
    }
}
