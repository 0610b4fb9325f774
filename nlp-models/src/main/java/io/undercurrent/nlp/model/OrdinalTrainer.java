package io.undercurrent.nlp.model;

import io.undercurrent.nlp.SentimentLabel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fits the linear ordinal model (dense feature weights, the two neutral cuts and hashed n-gram weights) to labelled
 * posts by AdaGrad on the ordinal logistic likelihood. Dense weights are pulled towards the model it starts from,
 * n-gram weights towards zero, so a small sheet of labels adapts the engine rather than replacing it.
 */
public final class OrdinalTrainer {

    /** Smallest neutral band; binary data (no neutral labels) closes it to this. */
    private static final double MIN_NEUTRAL_BAND = 0.1;

    /**
     * @param epochs passes over the data
     * @param learningRate AdaGrad step size
     * @param denseL2 pull of dense weights towards the starting model
     * @param ngramL2 pull of n-gram weights towards zero
     * @param hashBits n-gram hash space, 2^bits buckets
     * @param balanceClasses weight examples by inverse class frequency (better macro-F1, less calibrated confidence)
     * @param seed shuffling seed
     */
    public record Options(int epochs, double learningRate, double denseL2, double ngramL2, int hashBits,
            boolean balanceClasses, long seed) {

        public static Options defaults() {
            return new Options(12, 0.1, 1e-3, 1e-5, SentimentModel.DEFAULT_HASH_BITS, false, 42);
        }
    }

    /**
     * One encoded training post.
     *
     * @param features dense features (see {@link Feature})
     * @param hashes n-gram buckets
     */
    public record Example(double[] features, int[] hashes, SentimentLabel label) {
    }

    private final Options options;

    public OrdinalTrainer(Options options) {
        this.options = options;
    }

    public SentimentModel train(String name, SentimentModel start, List<Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        double[] prior = start.weights();
        double[] w = prior.clone();
        double[] cuts = {start.cuts()[1], start.cuts()[2]};
        float[] ngrams = new float[1 << options.hashBits()];
        double[] denseSquares = new double[w.length];
        double[] cutSquares = new double[2];
        float[] ngramSquares = new float[ngrams.length];
        double[] classWeight = classWeights(examples);

        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(options.seed());
        double lr = options.learningRate();
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                double eta = 0;
                for (int j = 0; j < w.length; j++) {
                    eta += w[j] * example.features()[j];
                }
                for (int h : example.hashes()) {
                    eta += ngrams[h];
                }
                Gradient g = gradient(example.label(), eta, cuts[0], cuts[1]);
                double scale = classWeight[example.label().ordinal()];
                for (int j = 0; j < w.length; j++) {
                    double grad = scale * g.eta * example.features()[j] + options.denseL2() * (w[j] - prior[j]);
                    denseSquares[j] += grad * grad;
                    w[j] -= lr * grad / Math.sqrt(denseSquares[j] + 1e-8);
                }
                for (int h : example.hashes()) {
                    float grad = (float) (scale * g.eta + options.ngramL2() * ngrams[h]);
                    ngramSquares[h] += grad * grad;
                    ngrams[h] -= (float) (lr * grad / Math.sqrt(ngramSquares[h] + 1e-8));
                }
                double[] cutGrad = {scale * g.negativeCut, scale * g.positiveCut};
                for (int c = 0; c < 2; c++) {
                    cutSquares[c] += cutGrad[c] * cutGrad[c];
                    cuts[c] -= lr * cutGrad[c] / Math.sqrt(cutSquares[c] + 1e-8);
                }
                if (cuts[1] - cuts[0] < MIN_NEUTRAL_BAND) {
                    double middle = (cuts[0] + cuts[1]) / 2;
                    cuts[0] = middle - MIN_NEUTRAL_BAND / 2;
                    cuts[1] = middle + MIN_NEUTRAL_BAND / 2;
                }
            }
        }
        return new SentimentModel(name, w, SentimentModel.cuts(cuts[0], cuts[1]), options.hashBits(), ngrams);
    }

    private double[] classWeights(List<Example> examples) {
        double[] weights = new double[SentimentLabel.values().length];
        if (!options.balanceClasses()) {
            java.util.Arrays.fill(weights, 1);
            return weights;
        }
        int[] counts = new int[weights.length];
        for (Example example : examples) {
            counts[example.label().ordinal()]++;
        }
        int present = 0;
        for (int count : counts) {
            present += count > 0 ? 1 : 0;
        }
        for (int c = 0; c < weights.length; c++) {
            weights[c] = counts[c] == 0 ? 0 : (double) examples.size() / (present * counts[c]);
        }
        return weights;
    }

    /** Derivatives of the negative log-likelihood with respect to eta and the two neutral cuts. */
    record Gradient(double eta, double negativeCut, double positiveCut) {
    }

    static Gradient gradient(SentimentLabel label, double eta, double negativeCut, double positiveCut) {
        double a = OrdinalScale.sigmoid(negativeCut - eta); // P(negative)
        double b = OrdinalScale.sigmoid(positiveCut - eta); // P(not positive)
        return switch (label) {
            case NEGATIVE -> new Gradient(1 - a, -(1 - a), 0);
            case POSITIVE -> new Gradient(-b, 0, b);
            case NEUTRAL -> {
                double mass = Math.max(b - a, 1e-12);
                double da = a * (1 - a);
                double db = b * (1 - b);
                yield new Gradient((db - da) / mass, da / mass, -db / mass);
            }
            default -> throw new IllegalArgumentException("cannot train on label " + label);
        };
    }
}
