package io.undercurrent.nlp.text;

import java.util.List;
import java.util.function.Predicate;

/**
 * How much a post is written the way social media is written, 0 (edited prose) to 1: mentions, hashtags, URLs,
 * emoji, emoticons, elongated or shouted words and slang each count; two or more make a post fully social.
 */
public final class Socialness {

    private static final double MARKERS_FOR_FULLY_SOCIAL = 2;

    private final Predicate<String> isSlang;

    /** @param isSlang whether a lower-case word is slang (e.g. has a valence but no place in edited English) */
    public Socialness(Predicate<String> isSlang) {
        this.isSlang = isSlang;
    }

    public double of(List<Token> tokens) {
        int markers = 0;
        for (Token token : tokens) {
            boolean marker = switch (token.kind()) {
                case MENTION, HASHTAG, URL, EMOJI, EMOTICON -> true;
                case WORD -> token.elongated() || token.shouted() || isSlang.test(token.norm());
                case PUNCTUATION -> token.text().length() > 1 && (token.text().charAt(0) == '!'
                        || token.text().charAt(0) == '?');
                default -> false;
            };
            if (marker && ++markers >= MARKERS_FOR_FULLY_SOCIAL) {
                return 1;
            }
        }
        return markers / MARKERS_FOR_FULLY_SOCIAL;
    }
}
