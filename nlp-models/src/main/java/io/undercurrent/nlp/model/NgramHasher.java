package io.undercurrent.nlp.model;

import io.undercurrent.nlp.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Hashed unigram and bigram features of a post, the part of the model `train` fits to a community's own lingo.
 * Words inside a negation's scope are marked, so "not good" and "good" are different features. Thread-safe.
 */
public final class NgramHasher {

    private static final int NEGATION_SCOPE = 3;
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "n't", "cannot", "without", "nothing",
            "dont", "don't", "cant", "can't", "wont", "won't", "didnt", "didn't", "isnt", "isn't", "doesnt",
            "doesn't", "wasnt", "wasn't", "havent", "haven't", "couldnt", "couldn't", "wouldnt", "wouldn't");
    private static final int NEGATED_SALT = 0x5bd1e995;
    private static final int BIGRAM_SALT = 0x27d4eb2d;

    private final int mask;

    public NgramHasher(int bits) {
        this.mask = (1 << bits) - 1;
    }

    /** @return the number of hashes written to {@code out} (grown if needed), at most 2 per token */
    public int hash(List<Token> tokens, int[][] out) {
        int[] hashes = out[0];
        if (hashes.length < 2 * tokens.size()) {
            hashes = out[0] = new int[2 * tokens.size() + 8];
        }
        int count = 0;
        int previous = 0;
        int negationLeft = 0;
        for (Token token : tokens) {
            int unit;
            switch (token.kind()) {
                case WORD, NUMBER -> unit = token.norm().hashCode();
                case EMOJI, EMOTICON -> unit = token.text().hashCode();
                case URL -> unit = 0x75726c;
                case MENTION -> unit = 0x40757372;
                case PUNCTUATION -> {
                    negationLeft = 0;
                    char c = token.text().charAt(0);
                    if (c != '!' && c != '?') {
                        previous = 0;
                        continue;
                    }
                    unit = c;
                }
                default -> {
                    continue;
                }
            }
            int feature = negationLeft > 0 ? unit * NEGATED_SALT : unit;
            negationLeft = NEGATORS.contains(token.norm()) ? NEGATION_SCOPE : Math.max(0, negationLeft - 1);
            hashes[count++] = mix(feature) & mask;
            if (previous != 0) {
                hashes[count++] = mix(previous * BIGRAM_SALT + feature) & mask;
            }
            previous = feature;
        }
        return count;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
