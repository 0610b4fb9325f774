package io.undercurrent.jobs.detectors;

/**
 * A {@link SentimentShiftDetector}'s judgement of one window.
 *
 * @param negativeShare         observed negative share
 * @param expectedNegativeShare the usual negative share
 * @param negativeShareSpread   one standard deviation of the negative share at this window's post count
 * @param meanSentiment         observed mean sentiment
 * @param expectedMeanSentiment the usual mean sentiment
 * @param evidence              strength of the shift towards negative; 1 is the alarm level
 * @param ready                 false while warming up or when no post could be scored
 */
public record SentimentReading(double negativeShare, double expectedNegativeShare, double negativeShareSpread,
        double meanSentiment, double expectedMeanSentiment, double evidence, boolean ready) {

    static SentimentReading notReady(double negativeShare, double meanSentiment) {
        return new SentimentReading(negativeShare, negativeShare, 0.0, meanSentiment, meanSentiment, 0.0, false);
    }
}
