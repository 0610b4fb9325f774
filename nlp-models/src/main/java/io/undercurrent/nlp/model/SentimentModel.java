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

    /**
     * The shipped default, set by hand rather than fitted so it owes nothing to any labelled set: the lexicon
     * rules and CoreNLP's RNTN vote with equal weight; a post needs a combined polarity of about 0.3 to leave
     * neutral and about 0.9 to be "very".
     */
    public static SentimentModel defaultModel() {
        double[] weights = new double[Feature.COUNT];
        weights[Feature.LEXICON_COMPOUND.ordinal()] = 5.0;
        weights[Feature.RNTN_POLARITY.ordinal()] = 5.0;
        return new SentimentModel("undercurrent-default-1", weights, new double[] {-4.5, -1.5, 1.5, 4.5}, 0,
                new float[0]);
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
