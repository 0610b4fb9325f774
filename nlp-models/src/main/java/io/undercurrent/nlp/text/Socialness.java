package io.undercurrent.nlp.text;

import java.util.List;
import java.util.function.Predicate;

/**
 * Whether a post is written the way social media is written (1) or reads as edited prose (0): one mention,
 * hashtag, URL, emoji, emoticon, elongated or shouted word, slang word or "!!" is enough.
 */
public final class Socialness {

    private final Predicate<String> isSlang;

    /** @param isSlang whether a lower-case word is slang (e.g. has a valence but no place in edited English) */
    public Socialness(Predicate<String> isSlang) {
        this.isSlang = isSlang;
    }

    public double of(List<Token> tokens) {
        for (Token token : tokens) {
            boolean marker = switch (token.kind()) {
                case MENTION, HASHTAG, URL, EMOJI, EMOTICON -> true;
                case WORD -> token.elongated() || token.shouted() || isSlang.test(token.norm());
                case PUNCTUATION -> token.text().length() > 1 && (token.text().charAt(0) == '!'
                        || token.text().charAt(0) == '?');
                default -> false;
            };
            if (marker) {
                return 1;
            }
        }
        return 0;
    }
}
