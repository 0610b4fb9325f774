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
