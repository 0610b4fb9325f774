package io.undercurrent.nlp.model;

/**
 * The learnable part of the engine: a linear ordinal model over dense {@link Feature}s and hashed n-grams.
 *
 * @param name name and version, reported with every verdict
 * @param weights one weight per {@link Feature}, in declaration order
 * @param cuts four increasing cut points of the ordinal scale
 * @param hashBits size of the n-gram hash space as a power of two; 0 when the model has no n-gram weights
 * @param ngramWeights one weight per hash bucket (empty when {@code hashBits} is 0)
 */
public record SentimentModel(String name, double[] weights, double[] cuts, int hashBits, float[] ngramWeights) {

    public static final int DEFAULT_HASH_BITS = 18;

    public SentimentModel {
        if (weights.length != Feature.COUNT) {
            throw new IllegalArgumentException("expected " + Feature.COUNT + " weights, got " + weights.length);
        }
        if (cuts.length != 4 || !(cuts[0] < cuts[1] && cuts[1] < cuts[2] && cuts[2] < cuts[3])) {
            throw new IllegalArgumentException("expected four increasing cut points");
        }
        if (ngramWeights.length != (hashBits == 0 ? 0 : 1 << hashBits)) {
            throw new IllegalArgumentException("expected 2^" + hashBits + " n-gram weights");
        }
    }

    /** Distance from a neutral cut to the "very" cut beyond it, fixed: 3-class labels cannot place it. */
    public static final double VERY_OFFSET = 3.0;

    /**
     * The shipped default, set by hand rather than fitted so it owes nothing to any labelled set: CoreNLP's RNTN
     * decides polarity, the lexicon rules add what a model of edited movie reviews cannot read when the post is
     * social, and emoji and emoticons (the author's own mark of tone) count once more. The RNTN counts twice as
     * much as the lexicon; a post needs a combined evidence of 1.5 (e.g. RNTN polarity 0.15) to leave neutral and
     * 4.5 to be "very".
     */
    public static SentimentModel defaultModel() {
        double[] weights = new double[Feature.COUNT];
        weights[Feature.RNTN_POLARITY.ordinal()] = 10.0;
        weights[Feature.LEXICON_SOCIAL.ordinal()] = 5.0;
        weights[Feature.EMOTES.ordinal()] = 5.0;
        return new SentimentModel("undercurrent-default-1", weights, cuts(-1.5, 1.5), 0, new float[0]);
    }

    /** The four cut points for the given neutral band. */
    public static double[] cuts(double negativeCut, double positiveCut) {
        return new double[] {negativeCut - VERY_OFFSET, negativeCut, positiveCut, positiveCut + VERY_OFFSET};
    }

    public boolean hasNgrams() {
        return hashBits > 0;
    }

    public double eta(double[] features, int[] hashes, int hashCount) {
        double eta = 0;
        for (int j = 0; j < weights.length; j++) {
            eta += weights[j] * features[j];
        }
        for (int i = 0; i < hashCount; i++) {
            eta += ngramWeights[hashes[i]];
        }
        return eta;
    }
}
