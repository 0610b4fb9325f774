package io.undercurrent.nlp.model;

/**
 * The learnable part of the engine: a linear ordinal model over dense {@link Feature}s.
 *
 * @param name name and version, reported with every verdict
 * @param weights one weight per {@link Feature}, in declaration order
 * @param cuts four increasing cut points of the ordinal scale
 */
public record SentimentModel(String name, double[] weights, double[] cuts) {

    public SentimentModel {
        if (weights.length != Feature.COUNT) {
            throw new IllegalArgumentException("expected " + Feature.COUNT + " weights, got " + weights.length);
        }
        if (cuts.length != 4 || !(cuts[0] < cuts[1] && cuts[1] < cuts[2] && cuts[2] < cuts[3])) {
            throw new IllegalArgumentException("expected four increasing cut points");
        }
    }

    /**
     * The shipped default, set by hand rather than fitted so it owes nothing to any labelled set: polarity follows
     * the lexicon compound, a post needs a compound of about 0.3 to leave neutral and about 0.9 to be "very".
     */
    public static SentimentModel defaultModel() {
        double[] weights = new double[Feature.COUNT];
        weights[Feature.LEXICON_COMPOUND.ordinal()] = 5.0;
        return new SentimentModel("undercurrent-default-1", weights, new double[] {-4.5, -1.5, 1.5, 4.5});
    }

    public double eta(double[] features) {
        double eta = 0;
        for (int j = 0; j < weights.length; j++) {
            eta += weights[j] * features[j];
        }
        return eta;
    }
}
