package io.undercurrent.jobs.detectors;

import java.io.Serializable;

/** State of a {@link SentimentShiftDetector}: the usual negative share and mean sentiment. A Flink POJO. */
public class SentimentState implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Windows with at least one scored post seen so far. */
    public long windows;
    public long firstWindowStart;
    public double negativeShare;
    /** Window-to-window variance of the negative share beyond binomial sampling noise. */
    public double negativeShareExtraVariance;
    public double meanSentiment;
    /** Window-to-window variance of the mean sentiment beyond sampling noise. */
    public double meanSentimentExtraVariance;

    /**
     * The last few windows pooled, each weighing less with age (memory {@link DetectorSettings#pooledSentimentMs}):
     * a small community's crisis shows in several windows of a few posts each.
     */
    public double pooledPosts;
    public double pooledAuthors;
    public double pooledScored;
    public double pooledNegative;
    public double pooledSentimentSum;

    public SentimentState() {}
}
