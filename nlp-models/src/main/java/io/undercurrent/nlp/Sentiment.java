package io.undercurrent.nlp;

import java.util.List;

/**
 * The engine's verdict on one text.
 *
 * @param score polarity in [-1, 1]; 0 when unsupported
 * @param label three-way label derived from the score (or UNSUPPORTED)
 * @param classes 5-class distribution: very negative, negative, neutral, positive, very positive (sums to 1)
 * @param confidence calibrated probability that {@code label} is right, in [0, 1]
 * @param model name and version of the model that produced the verdict
 * @param language ISO 639-1 code of the detected language ("en", "es", ... or "und")
 * @param terms normalised terms later stages use for topics: hashtags (with '#'), mentions (with '@'),
 *     and lower-cased content words, in text order
 */
public record Sentiment(
        double score,
        SentimentLabel label,
        double[] classes,
        double confidence,
        String model,
        String language,
        List<String> terms) {

    public boolean supported() {
        return label != SentimentLabel.UNSUPPORTED;
    }
}
