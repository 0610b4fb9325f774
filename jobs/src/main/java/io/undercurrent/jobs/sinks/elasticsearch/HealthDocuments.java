package io.undercurrent.jobs.sinks.elasticsearch;

import io.undercurrent.jobs.records.HealthReport;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;

/**
 * A micro-community's health report as a document of the daily health index of its window's start day (template
 * {@code elasticsearch/undercurrent-health.json}). The id is {@link HealthReport#documentId()}, so a window
 * updated by late posts overwrites its document. Figures the source cannot provide are left out.
 */
public final class HealthDocuments implements ElementConverter<HealthReport, IndexRequestEntry> {

    private static final long serialVersionUID = 1L;
    public static final String INDEX_PREFIX = "undercurrent-health";

    @Override
    public IndexRequestEntry apply(HealthReport report, SinkWriter.Context context) {
        return new IndexRequestEntry(DailyIndex.name(INDEX_PREFIX, report.windowStart), report.documentId(),
                source(report));
    }

    private static byte[] source(HealthReport report) {
        return new JsonDocument()
                .text("platform", report.platform)
                .text("community", report.community)
                .text("micro_community", report.microCommunity)
                .text("resolution", report.resolution)
                .date("window_start", report.windowStart)
                .date("window_end", report.windowEnd)
                .number("post_count", report.postCount)
                .number("community_post_count", report.communityPostCount)
                .number("share_of_voice", report.shareOfVoice)
                .number("active_members", report.activeMembers)
                .number("new_members", report.newMembers)
                .number("returning_members", report.returningMembers)
                .number("contribution_rate", report.contributionRate)
                .number("reply_posts", report.replyPosts)
                .number("threads", report.threads)
                .number("replies_per_thread", report.repliesPerThread)
                .number("conversation_depth_mean", report.conversationDepthMean)
                .number("conversation_depth_max", report.conversationDepthMax)
                .number("longest_exchange", report.longestExchange)
                .number("staff_posts", report.staffPosts)
                .number("staff_replies", report.staffReplies)
                .optionalNumber("staff_response_latency_p50_seconds", report.staffResponseLatencyP50Seconds)
                .optionalNumber("staff_response_latency_p90_seconds", report.staffResponseLatencyP90Seconds)
                .optionalNumber("unanswered_threads", report.unansweredThreads)
                .optionalNumber("removed_posts", report.removedPosts)
                .optionalNumber("deleted_posts", report.deletedPosts)
                .optionalNumber("moderation_load", report.moderationLoad)
                .date("indexed_at", System.currentTimeMillis())
                .toBytes();
    }
}
