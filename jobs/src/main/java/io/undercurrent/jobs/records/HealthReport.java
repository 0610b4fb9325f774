package io.undercurrent.jobs.records;

/**
 * Community health of one micro-community over one event-time window: the document of the health index. Figures
 * a source cannot provide are null (no staff registered, a platform that hides removals). Re-emitted with the same
 * {@link #documentId()} when late posts update the window. A Flink POJO.
 */
public class HealthReport {
    public String platform;
    public String community;
    public String microCommunity;
    public String resolution;
    public long windowStart;
    public long windowEnd;
    public long postCount;
    public long staffPosts;
    /** Distinct authors of the window (approximate beyond a few hundred). */
    public long activeMembers;
    public long newMembers;
    public long returningMembers;
    /** Posts per active member. */
    public double contributionRate;
    public long replyPosts;
    public long threads;
    public double repliesPerThread;
    /** Mean reply depth of the window's posts (0 for a conversation's first post). */
    public double conversationDepthMean;
    public long conversationDepthMax;
    public long longestExchange;
    /** Staff replies that answered a waiting thread in the window. */
    public long staffReplies;
    public Double staffResponseLatencyP50Seconds;
    public Double staffResponseLatencyP90Seconds;
    /** Threads waiting for a staff reply at the window's latest post; null when the registry names no staff. */
    public Long unansweredThreads;
    /** Null when the platform does not show removed posts. */
    public Long removedPosts;
    public Long deletedPosts;
    /** Removed posts per post. */
    public Double moderationLoad;
    /** The micro-community's share of its community's posts in the same window. */
    public double shareOfVoice;
    public long communityPostCount;

    public HealthReport() {}

    /** The health of a micro-community's window, given its community's volume in the same window. */
    public static HealthReport of(MicroMap map, long communityPostCount) {
        HealthStats health = map.health;
        HealthReport report = new HealthReport();
        report.platform = map.platform;
        report.community = map.community;
        report.microCommunity = map.microCommunity;
        report.resolution = map.resolution;
        report.windowStart = map.windowStart;
        report.windowEnd = map.windowEnd;
        report.postCount = map.postCount;
        report.staffPosts = health.staffPosts;
        report.activeMembers = map.uniqueAuthors;
        report.newMembers = Math.min(health.newMembers, map.uniqueAuthors);
        report.returningMembers = map.uniqueAuthors - report.newMembers;
        report.contributionRate = ratio(map.postCount, map.uniqueAuthors);
        report.replyPosts = health.replyPosts;
        report.threads = health.threads.estimate();
        report.repliesPerThread = ratio(health.replyPosts, report.threads);
        report.conversationDepthMean = ratio(health.depthSum, map.postCount);
        report.conversationDepthMax = health.depthMax;
        report.longestExchange = health.longestExchange;
        report.staffReplies = health.staffResponses.count;
        report.staffResponseLatencyP50Seconds = health.staffResponses.quantileSeconds(0.5);
        report.staffResponseLatencyP90Seconds = health.staffResponses.quantileSeconds(0.9);
        report.unansweredThreads = health.staffKnown ? health.awaitingStaff : null;
        if (health.removalsReported) {
            report.removedPosts = health.removedPosts;
            report.deletedPosts = health.deletedPosts;
            report.moderationLoad = ratio(health.removedPosts, map.postCount);
        }
        report.shareOfVoice = ratio(map.postCount, communityPostCount);
        report.communityPostCount = communityPostCount;
        return report;
    }

    public String documentId() {
        return resolution + ":" + platform + ":" + community + ":" + microCommunity + ":" + windowStart;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    @Override
    public String toString() {
        return "HealthReport{" + documentId() + " active=" + activeMembers + " new=" + newMembers + " share="
                + shareOfVoice + "}";
    }
}
