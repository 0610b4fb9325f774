package io.undercurrent.jobs.records;

import io.undercurrent.jobs.sketches.HyperLogLog;
import io.undercurrent.jobs.sketches.LatencySketch;

/**
 * Community health counted over one micro-community's window, from the posts' conversation annotations
 * ({@link CommunityPost}). Active members are the micro-map's unique authors. A Flink POJO.
 */
public class HealthStats {
    public long staffPosts;
    /** Authors whose first post in the micro-community (within the member memory) falls in the window. */
    public long newMembers;
    /** Posts replying to another post. */
    public long replyPosts;
    /** The distinct conversations the window's posts belong to. */
    public HyperLogLog threads = new HyperLogLog();
    /** Sum and maximum of the posts' reply depths (0 for a conversation's first post). */
    public long depthSum;
    public int depthMax;
    /** Most turns between different authors in one reply chain ending in the window. */
    public int longestExchange;
    /** Time from a member's post to the first staff reply in its thread, for the replies made in the window. */
    public LatencySketch staffResponses = new LatencySketch();
    /** Whether the registry names staff for the micro-community; staff figures are unknown otherwise. */
    public boolean staffKnown;
    /** Threads waiting for a staff reply as of the window's latest post, and that post's event time. */
    public long awaitingStaff;
    public long awaitingStaffAt = Long.MIN_VALUE;
    /** Whether the platform shows removed posts at all; moderation figures are unknown otherwise. */
    public boolean removalsReported;
    /** Posts removed by moderators, and posts their authors deleted. */
    public long removedPosts;
    public long deletedPosts;

    public HealthStats() {}

    /** Adds another window's or partial window's counts; the latest awaiting-staff reading wins. */
    public void merge(HealthStats other) {
        staffPosts += other.staffPosts;
        newMembers += other.newMembers;
        replyPosts += other.replyPosts;
        threads.merge(other.threads);
        depthSum += other.depthSum;
        depthMax = Math.max(depthMax, other.depthMax);
        longestExchange = Math.max(longestExchange, other.longestExchange);
        staffResponses.merge(other.staffResponses);
        staffKnown |= other.staffKnown;
        if (other.awaitingStaffAt >= awaitingStaffAt) {
            awaitingStaff = other.awaitingStaff;
            awaitingStaffAt = other.awaitingStaffAt;
        }
        removalsReported |= other.removalsReported;
        removedPosts += other.removedPosts;
        deletedPosts += other.deletedPosts;
    }

    public HealthStats copy() {
        HealthStats copy = new HealthStats();
        copy.threads = new HyperLogLog();
        copy.staffResponses = new LatencySketch();
        copy.merge(this);
        return copy;
    }
}
