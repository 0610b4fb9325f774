package io.undercurrent.jobs.records;

/**
 * Sentiment of one micro-community over one event-time window. Re-emitted with the same {@link #documentId()}
 * when late posts update the window, so the indexed document is overwritten, not duplicated.
 */
public class MicroMap {
    public String platform;
    public String community;
    public String microCommunity;
    /** Window length as a label, e.g. "1m", "1h". */
    public String resolution;
    public long windowStart;
    public long windowEnd;
    public long postCount;
    /** Posts whose sentiment the engine could judge (supported language). */
    public long scoredCount;
    public double sentimentSum;
    public long negativeCount;
    public long neutralCount;
    public long positiveCount;

    // Filled by the micro-map stage of issue 4 (approximate unique authors, distribution, engagement, topics,
    // evidence); read by the detectors and alerts of issue 5.
    /** Approximate distinct authors (mergeable sketch estimate). */
    public long uniqueAuthors;
    /** Sum of squared scores of judged posts, for the mean's confidence interval. */
    public double sentimentSumOfSquares;
    /** Judged posts per 5-class bucket: very negative, negative, neutral, positive, very positive. */
    public long[] sentimentBuckets;
    public long likes;
    public long replies;
    public long shares;
    /** The window's top topics with count and sentiment, most frequent first. */
    public TopicCell[] topics;
    /** The most negative posts of the window, most negative first. */
    public EvidencePost[] mostNegative;
    /** The most engaged posts of the window, most engaged first. */
    public EvidencePost[] mostEngaged;

    public MicroMap() {}

    public double meanSentiment() {
        return scoredCount == 0 ? 0.0 : sentimentSum / scoredCount;
    }

    public double negativeShare() {
        return scoredCount == 0 ? 0.0 : (double) negativeCount / scoredCount;
    }

    public String documentId() {
        return resolution + ":" + platform + ":" + community + ":" + microCommunity + ":" + windowStart;
    }
}
