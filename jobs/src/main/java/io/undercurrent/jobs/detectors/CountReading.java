package io.undercurrent.jobs.detectors;

/**
 * A {@link CountAnomalyDetector}'s judgement of one window.
 *
 * @param observed      the count seen
 * @param expected      the baseline's typical count for this window
 * @param spread        the count a one-standard-deviation rise above {@code expected} would reach, minus
 *                      {@code expected}: the baseline's spread in counts
 * @param sigmas        standardised residual (log space)
 * @param surgeEvidence how strongly the window says "surge": 1 is the alarm level
 * @param dropEvidence  how strongly it says "drop": 1 is the alarm level; 0 where too little is expected to judge
 * @param source        which part of the baseline judged
 * @param ready         false while the baseline is warming up (evidence is then 0)
 */
public record CountReading(double observed, double expected, double spread, double sigmas, double surgeEvidence,
        double dropEvidence, Expectation.Source source, boolean ready) {
}
