package io.undercurrent.jobs.sinks.elasticsearch;

import io.undercurrent.jobs.records.EvidencePost;
import io.undercurrent.jobs.records.HealthReport;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.ScoredPost;
import io.undercurrent.jobs.records.TopicCell;

import java.time.Instant;

/** Fully populated records for the document tests. */
final class TestRecords {

    private TestRecords() {}

    static ScoredPost scoredPost(String id, Instant createdAt) {
        Post post = new Post();
        post.id = id;
        post.platform = "reddit";
        post.community = "gaming";
        post.microCommunity = "r/patientgamers";
        post.author = "u/quiet_reader";
        post.text = "The patch broke my saves again, really disappointed.";
        post.language = "en";
        post.createdAt = createdAt.toEpochMilli();
        post.likes = 12;
        post.replies = 3;
        post.shares = 1;
        post.parentId = "reddit:t3_root";
        post.threadId = "reddit:t3_root";
        post.url = "https://www.reddit.com/r/patientgamers/comments/root/_/" + id;

        ScoredPost scored = new ScoredPost();
        scored.post = post;
        scored.score = -0.625;
        scored.label = "negative";
        scored.confidence = 0.75;
        scored.classes = new double[] {0.25, 0.5, 0.125, 0.0625, 0.0625};
        scored.model = "corenlp-sst5";
        scored.language = "en";
        scored.terms = new String[] {"patch", "saves", "disappointed"};
        scored.topics = new String[] {"#patientgamers", "@devteam", "patch", "saves", "disappointed"};
        return scored;
    }

    static MicroMap microMap(String microCommunity, Instant windowStart) {
        MicroMap map = new MicroMap();
        map.platform = "mastodon";
        map.community = "mastodon.social";
        map.microCommunity = microCommunity;
        map.resolution = "1m";
        map.windowStart = windowStart.toEpochMilli();
        map.windowEnd = windowStart.plusSeconds(60).toEpochMilli();
        map.postCount = 10;
        map.scoredCount = 8;
        map.sentimentSum = -2.0;
        map.negativeCount = 4;
        map.neutralCount = 3;
        map.positiveCount = 1;
        map.sentimentSumOfSquares = 2.0;
        map.sentimentBuckets = new long[] {2, 2, 3, 1, 0};
        map.uniqueAuthors = 7;
        map.likes = 30;
        map.replies = 12;
        map.shares = 3;
        map.topics = new TopicCell[] {cell("patch", 6, 5, -2.5), cell("#gamedev", 3, 3, 0.6)};
        map.mostNegative = new EvidencePost[] {evidence("mastodon:1", -0.9, 2), evidence("mastodon:2", -0.7, 0)};
        map.mostEngaged = new EvidencePost[] {evidence("mastodon:3", 0.4, 25), evidence("mastodon:1", -0.9, 2)};
        return map;
    }

    static HealthReport healthReport(String microCommunity, Instant windowStart) {
        HealthReport report = new HealthReport();
        report.platform = "reddit";
        report.community = "novapay";
        report.microCommunity = microCommunity;
        report.resolution = "1m";
        report.windowStart = windowStart.toEpochMilli();
        report.windowEnd = windowStart.plusSeconds(60).toEpochMilli();
        report.postCount = 12;
        report.communityPostCount = 48;
        report.shareOfVoice = 0.25;
        report.activeMembers = 8;
        report.newMembers = 3;
        report.returningMembers = 5;
        report.contributionRate = 1.5;
        report.replyPosts = 7;
        report.threads = 4;
        report.repliesPerThread = 1.75;
        report.conversationDepthMean = 1.25;
        report.conversationDepthMax = 4;
        report.longestExchange = 3;
        report.staffPosts = 2;
        report.staffReplies = 2;
        report.staffResponseLatencyP50Seconds = 95.0;
        report.staffResponseLatencyP90Seconds = 300.0;
        report.unansweredThreads = 1L;
        report.removedPosts = 3L;
        report.deletedPosts = 1L;
        report.moderationLoad = 0.25;
        return report;
    }

    private static TopicCell cell(String topic, long count, long scored, double sentimentSum) {
        TopicCell cell = new TopicCell(topic);
        cell.count = count;
        cell.scoredCount = scored;
        cell.sentimentSum = sentimentSum;
        return cell;
    }

    private static EvidencePost evidence(String id, double score, long engagement) {
        EvidencePost post = new EvidencePost();
        post.id = id;
        post.author = "author of " + id;
        post.text = "text of " + id;
        post.score = score;
        post.engagement = engagement;
        post.createdAt = Instant.parse("2026-11-21T10:15:10Z").toEpochMilli();
        post.url = "https://mastodon.social/@someone/" + id;
        return post;
    }
}
