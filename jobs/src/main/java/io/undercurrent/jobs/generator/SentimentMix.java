package io.undercurrent.jobs.generator;

import io.undercurrent.nlp.SentimentLabel;

/** Shares of positive and negative posts in a micro-community's ordinary traffic; the rest is neutral. */
public record SentimentMix(double positive, double negative) {

    public SentimentMix {
        if (positive < 0 || negative < 0 || positive + negative > 1) {
            throw new IllegalArgumentException("Sentiment shares must be >= 0 and sum to <= 1: " + positive + ", "
                    + negative);
        }
    }

    /** Picks a label for a uniform draw {@code u} in [0, 1). */
    SentimentLabel label(double u) {
        if (u < negative) {
            return SentimentLabel.NEGATIVE;
        }
        return u < negative + positive ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
    }

    /** This mix with the negative share moved {@code weight} (0..1) of the way towards {@code negativeTarget}. */
    SentimentMix towardsNegative(double negativeTarget, double weight) {
        double newNegative = negative + (negativeTarget - negative) * weight;
        double rest = 1 - negative;
        double newPositive = rest == 0 ? 0 : positive * (1 - newNegative) / rest;
        return new SentimentMix(newPositive, newNegative);
    }
}
