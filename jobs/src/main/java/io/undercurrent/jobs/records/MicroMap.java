package io.undercurrent.jobs.records;

import io.undercurrent.jobs.sketches.HyperLogLog;

/**
 * Sentiment of one micro-community over one event-time window, or its roll-up to the community (no
 * {@link #microCommunity}) or to all communities (no {@link #community} and {@link #platform} either).
 * Re-emitted with the same {@link #documentId()} when late posts update the window, so the indexed document is
 * overwritten, not duplicated.
 */
public class MicroMap {
    /** What a map covers. */
    public enum Scope { MICRO_COMMUNITY, COMMUNITY, ALL }

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

    /** Approximate distinct authors (estimate of {@link #authorSketch}). */
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

    /** The distinct authors themselves, as a mergeable sketch, so roll-ups count each author once. */
    public HyperLogLog authorSketch;
    /** Community health of a micro-community's window; null for roll-ups. */
    public HealthStats health;

    public MicroMap() {}

    /** An empty map, ready to count into. */
    public static MicroMap empty() {
        MicroMap map = new MicroMap();
        map.sentimentBuckets = new long[SentimentBucket.COUNT];
        map.topics = new TopicCell[0];
        map.mostNegative = new EvidencePost[0];
        map.mostEngaged = new EvidencePost[0];
        map.authorSketch = new HyperLogLog();
        return map;
    }

    public Scope scope() {
        if (microCommunity != null) {
            return Scope.MICRO_COMMUNITY;
        }
        return community != null ? Scope.COMMUNITY : Scope.ALL;
    }

    public double meanSentiment() {
        return scoredCount == 0 ? 0.0 : sentimentSum / scoredCount;
    }

    /**
     * Half the width of the 95% confidence interval of {@link #meanSentiment()} (normal approximation, sample
     * standard deviation), or NaN with fewer than two judged posts.
     */
    public double sentimentMarginOfError() {
        if (scoredCount < 2) {
            return Double.NaN;
        }
        double mean = meanSentiment();
        double variance = Math.max(0.0, (sentimentSumOfSquares - scoredCount * mean * mean) / (scoredCount - 1));
        return 1.96 * Math.sqrt(variance / scoredCount);
    }

    public double negativeShare() {
        return scoredCount == 0 ? 0.0 : (double) negativeCount / scoredCount;
    }

    public long engagement() {
        return likes + replies + shares;
    }

    /** {@code platform/community/microCommunity} for a micro-community; the parts a roll-up has otherwise. */
    public String key() {
        return part(platform) + "/" + part(community) + "/" + part(microCommunity);
    }

    public String documentId() {
        return resolution + ":" + part(platform) + ":" + part(community) + ":" + part(microCommunity) + ":"
                + windowStart;
    }

    /** A deep copy: window state keeps its accumulator while the copy travels downstream. */
    public MicroMap copy() {
        MicroMap copy = new MicroMap();
        copy.platform = platform;
        copy.community = community;
        copy.microCommunity = microCommunity;
        copy.resolution = resolution;
        copy.windowStart = windowStart;
        copy.windowEnd = windowEnd;
        copy.postCount = postCount;
        copy.scoredCount = scoredCount;
        copy.sentimentSum = sentimentSum;
        copy.negativeCount = negativeCount;
        copy.neutralCount = neutralCount;
        copy.positiveCount = positiveCount;
        copy.uniqueAuthors = uniqueAuthors;
        copy.sentimentSumOfSquares = sentimentSumOfSquares;
        copy.sentimentBuckets = sentimentBuckets == null ? null : sentimentBuckets.clone();
        copy.likes = likes;
        copy.replies = replies;
        copy.shares = shares;
        copy.topics = topics == null ? null : topics.clone();
        copy.mostNegative = mostNegative == null ? null : mostNegative.clone();
        copy.mostEngaged = mostEngaged == null ? null : mostEngaged.clone();
        copy.authorSketch = authorSketch == null ? null : authorSketch.copy();
        copy.health = health == null ? null : health.copy();
        return copy;
    }

    private static String part(String name) {
        return name == null ? "*" : name;
    }

    @Override
    public String toString() {
        return "MicroMap{" + documentId() + " posts=" + postCount + " neg=" + negativeCount + "/" + scoredCount + "}";
    }
}
