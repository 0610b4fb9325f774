package io.undercurrent.nlp.model;

import io.undercurrent.nlp.lexicon.LexiconEvidence;

/** Dense features of a post, the inputs of the linear ordinal model besides hashed n-grams. */
public enum Feature {
    /** The lexicon rules' normalised polarity, in [-1, 1]. */
    LEXICON_COMPOUND,
    /** log(1 + positive valence). */
    LEXICON_POSITIVE,
    /** -log(1 + |negative valence|). */
    LEXICON_NEGATIVE,
    /** The RNTN's expected polarity in [-1, 1], times the share of the post's words it knows. */
    RNTN_POLARITY,
    /** Exclamation marks, saturating at four. */
    EXCLAMATIONS,
    /** Question marks, saturating at three. */
    QUESTIONS;

    public static final int COUNT = values().length;

    /**
     * @param rntnPolarity the RNTN's expected polarity weighted by coverage, 0 when it did not run
     * @param out receives one value per feature, in declaration order
     */
    public static void extract(LexiconEvidence lexicon, double rntnPolarity, double[] out) {
        out[LEXICON_COMPOUND.ordinal()] = lexicon.compound();
        out[LEXICON_POSITIVE.ordinal()] = Math.log1p(lexicon.positive());
        out[LEXICON_NEGATIVE.ordinal()] = -Math.log1p(-lexicon.negative());
        out[RNTN_POLARITY.ordinal()] = rntnPolarity;
        out[EXCLAMATIONS.ordinal()] = Math.min(lexicon.exclamations(), 4) / 4.0;
        out[QUESTIONS.ordinal()] = Math.min(lexicon.questions(), 3) / 3.0;
    }
}
