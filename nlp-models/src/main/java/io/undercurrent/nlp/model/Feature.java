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
    /**
     * The lexicon compound times how social the post is (mentions, hashtags, URLs, emoji, emoticons, elongations,
     * shouting, slang, 0 to 1): the lexicon speaks for what a movie-review model cannot read.
     */
    LEXICON_SOCIAL,
    /** The RNTN's expected polarity in [-1, 1], times the share of the post's words it knows. */
    RNTN_POLARITY,
    /** The RNTN's log-odds of positive over negative, times the share of the post's words it knows. */
    RNTN_LOG_ODDS,
    /** tanh(sum of emoji and emoticon valences / 2): the author's own mark of tone, saturating after two. */
    EMOTES,
    /** Exclamation marks, saturating at four. */
    EXCLAMATIONS,
    /** Question marks, saturating at three. */
    QUESTIONS;

    public static final int COUNT = values().length;

    private static final double[] CLASS_VALUES = {-1, -0.5, 0, 0.5, 1};
    private static final double SMOOTHING = 1e-3;

    /**
     * @param socialness how social the post is, 0 to 1 (see {@link io.undercurrent.nlp.text.Socialness})
     * @param rntnClasses the RNTN's 5-class distribution, or null when it did not run
     * @param rntnCoverage share of the post's words the RNTN has vectors for
     * @param out receives one value per feature, in declaration order
     */
    public static void extract(LexiconEvidence lexicon, double socialness, double[] rntnClasses, double rntnCoverage,
            double[] out) {
        out[LEXICON_COMPOUND.ordinal()] = lexicon.compound();
        out[LEXICON_SOCIAL.ordinal()] = lexicon.compound() * socialness;
        out[LEXICON_POSITIVE.ordinal()] = Math.log1p(lexicon.positive());
        out[LEXICON_NEGATIVE.ordinal()] = -Math.log1p(-lexicon.negative());
        double polarity = 0;
        double logOdds = 0;
        if (rntnClasses != null) {
            for (int k = 0; k < CLASS_VALUES.length; k++) {
                polarity += rntnClasses[k] * CLASS_VALUES[k];
            }
            logOdds = Math.log((rntnClasses[3] + rntnClasses[4] + SMOOTHING)
                    / (rntnClasses[0] + rntnClasses[1] + SMOOTHING));
        }
        out[RNTN_POLARITY.ordinal()] = polarity * rntnCoverage;
        out[RNTN_LOG_ODDS.ordinal()] = logOdds * rntnCoverage;
        out[EMOTES.ordinal()] = Math.tanh(lexicon.emotes() / 2.0);
        out[EXCLAMATIONS.ordinal()] = Math.min(lexicon.exclamations(), 4) / 4.0;
        out[QUESTIONS.ordinal()] = Math.min(lexicon.questions(), 3) / 3.0;
    }
}
