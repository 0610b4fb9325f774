package io.undercurrent.nlp.model;

import io.undercurrent.nlp.lexicon.LexiconEvidence;

/** Dense features of a post, the inputs of the linear ordinal model besides hashed n-grams. */
public enum Feature {
    LEXICON_COMPOUND,
    LEXICON_POSITIVE,
    LEXICON_NEGATIVE,
    EXCLAMATIONS,
    QUESTIONS;

    public static final int COUNT = values().length;

    /** @param out receives one value per feature, in declaration order */
    public static void extract(LexiconEvidence lexicon, double[] out) {
        out[LEXICON_COMPOUND.ordinal()] = lexicon.compound();
        out[LEXICON_POSITIVE.ordinal()] = Math.log1p(lexicon.positive());
        out[LEXICON_NEGATIVE.ordinal()] = -Math.log1p(-lexicon.negative());
        out[EXCLAMATIONS.ordinal()] = Math.min(lexicon.exclamations(), 4) / 4.0;
        out[QUESTIONS.ordinal()] = Math.min(lexicon.questions(), 3) / 3.0;
    }
}
