package io.undercurrent.nlp.eval;

import io.undercurrent.nlp.SentimentLabel;

/**
 * One post with its gold sentiment.
 *
 * @param text the post
 * @param label gold label (never UNSUPPORTED)
 * @param goldScore gold polarity in [-1, 1] where the data has one, else NaN
 */
public record LabelledPost(String text, SentimentLabel label, double goldScore) {

    public boolean hasGoldScore() {
        return !Double.isNaN(goldScore);
    }
}
