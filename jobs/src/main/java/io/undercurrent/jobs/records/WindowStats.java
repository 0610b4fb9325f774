package io.undercurrent.jobs.records;


/**
 * What the detectors see of one micro-community in one event-time window. A Flink POJO. The micro-map stage
 * maps into it ({@link #fromMicroMap}); fields a source cannot provide yet stay at their "unknown" value
 * (null, or an empty array) and the detectors that need them stay silent.
 */
public class WindowStats {
    public String platform;
    public String community;
    public String microCommunity;
    /** Epoch milliseconds, inclusive. */
    public long windowStart;
    /** Epoch milliseconds, exclusive. */
    public long windowEnd;
    public long postCount;
    /** Approximate distinct authors, or 0 when unknown. */
    public long uniqueAuthors;
    /** Posts whose sentiment the engine could judge; the denominator of {@link #negativeShare()}. */
    public long scoredCount;
    public long negativeCount;
    public double sentimentSum;
    /** Likes + replies + shares received by the window's posts. */
    public double engagement;
    /** Median seconds from a member's post to the first staff reply, or null when unknown. */
    public Double staffResponseSeconds;
    /** Member posts still without a staff reply at window end, or null when unknown. */
    public Long unansweredCount;
    /** Topic terms seen in the window and how many posts used each (parallel arrays). */
    public String[] terms = new String[0];
    public int[] termCounts = new int[0];
    /**
     * How many posts a term missing from {@link #terms} may still have used: the list holds the top terms only,
     * so up to the count of its least used term (summed over the lists a roll-up merges).
     */
    public int unlistedTermCeiling;
    /** The window's most negative posts, most negative first: evidence an alert cites. */
    public EvidencePost[] mostNegative = new EvidencePost[0];
    /** The window's most engaged posts, most engaged first. */
    public EvidencePost[] mostEngaged = new EvidencePost[0];

    public WindowStats() {}

    /** A window in which nothing was posted: what a silent micro-community looks like. */
    public static WindowStats empty(String platform, String community, String microCommunity, long start, long end) {
        WindowStats w = new WindowStats();
        w.platform = platform;
        w.community = community;
        w.microCommunity = microCommunity;
        w.windowStart = start;
        w.windowEnd = end;
        return w;
    }

    public static WindowStats fromMicroMap(MicroMap map) {
        WindowStats w = empty(map.platform, map.community, map.microCommunity, map.windowStart, map.windowEnd);
        w.postCount = map.postCount;
        w.scoredCount = map.scoredCount;
        w.negativeCount = map.negativeCount;
        w.sentimentSum = map.sentimentSum;
        w.uniqueAuthors = map.uniqueAuthors;
        w.engagement = map.engagement();
        if (map.health != null && map.health.staffKnown) {
            w.staffResponseSeconds = map.health.staffResponses.quantileSeconds(0.5);
            w.unansweredCount = map.health.awaitingStaff;
        }
        if (map.topics != null) {
            w.terms = new String[map.topics.length];
            w.termCounts = new int[map.topics.length];
            for (int i = 0; i < map.topics.length; i++) {
                w.terms[i] = map.topics[i].topic;
                w.termCounts[i] = (int) Math.min(Integer.MAX_VALUE, map.topics[i].count);
                w.unlistedTermCeiling = i == 0 ? w.termCounts[i] : Math.min(w.unlistedTermCeiling, w.termCounts[i]);
            }
        }
        w.mostNegative = map.mostNegative == null ? new EvidencePost[0] : map.mostNegative.clone();
        w.mostEngaged = map.mostEngaged == null ? new EvidencePost[0] : map.mostEngaged.clone();
        return w;
    }

    public long windowLengthMs() {
        return windowEnd - windowStart;
    }

    public double negativeShare() {
        return scoredCount == 0 ? 0.0 : (double) negativeCount / scoredCount;
    }

    public double meanSentiment() {
        return scoredCount == 0 ? 0.0 : sentimentSum / scoredCount;
    }

    /** {@code platform/community/microCommunity}: the key detectors keep state under. */
    public String key() {
        return platform + "/" + community + "/" + microCommunity;
    }

    /** {@code platform/community}: the parent whose incident a child's alert is grouped under. */
    public String communityKey() {
        return platform + "/" + community;
    }

    @Override
    public String toString() {
        return "WindowStats{" + key() + " @" + windowStart + " posts=" + postCount + " neg=" + negativeCount + "/"
                + scoredCount + "}";
    }
}
