package io.undercurrent.nlp.model;

/**
 * Turns a linear polarity {@code eta} into the 5-class distribution of an ordinal logistic model:
 * P(class <= k) = sigmoid(cut[k] - eta). Three-way labels are read off the same distribution (negative = very
 * negative + negative), so one fitted model gives the label, the 5 classes, the score and the confidence.
 */
public final class OrdinalScale {

    /** Class values used for the expected score: very negative .. very positive. */
    private static final double[] CLASS_VALUES = {-1, -0.5, 0, 0.5, 1};

    private OrdinalScale() {
    }

    /** @param cuts four increasing cut points */
    public static double[] classes(double eta, double[] cuts) {
        double[] p = new double[5];
        double below = 0;
        for (int k = 0; k < 4; k++) {
            double cumulative = sigmoid(cuts[k] - eta);
            p[k] = Math.max(0, cumulative - below);
            below = Math.max(below, cumulative);
        }
        p[4] = 1 - below;
        return p;
    }

    public static double expectedScore(double[] classes) {
        double score = 0;
        for (int k = 0; k < 5; k++) {
            score += classes[k] * CLASS_VALUES[k];
        }
        return Math.max(-1, Math.min(1, score));
    }

    public static double negative(double[] classes) {
        return classes[0] + classes[1];
    }

    public static double positive(double[] classes) {
        return classes[3] + classes[4];
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
