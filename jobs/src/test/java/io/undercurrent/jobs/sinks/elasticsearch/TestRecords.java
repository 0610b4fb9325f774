package io.undercurrent.jobs.sinks.elasticsearch;

import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.ScoredPost;

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
        return map;
    }
}
