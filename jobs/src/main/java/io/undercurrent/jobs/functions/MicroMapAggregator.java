package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.config.MicroMapSettings;
import io.undercurrent.jobs.records.CommunityPost;
import io.undercurrent.jobs.records.HealthStats;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.ScoredPost;
import io.undercurrent.jobs.records.SentimentBucket;
import org.apache.flink.api.common.functions.AggregateFunction;

/**
 * Folds one window's posts of a micro-community into its micro-map and health counts as they arrive, so the
 * window keeps bounded state however many posts come: counters, sketches for authors and threads, a bounded topic
 * tally and a few evidence posts. Posts in a language the engine does not support count as volume only.
 */
public class MicroMapAggregator implements AggregateFunction<CommunityPost, MicroMapAccumulator, MicroMap> {

    private final int topics;
    private final int topicCapacity;
    private final int evidencePosts;

    public MicroMapAggregator(MicroMapSettings settings) {
        this.topics = settings.topics();
        this.topicCapacity = settings.topicCapacity();
        this.evidencePosts = settings.evidencePosts();
    }

    @Override
    public MicroMapAccumulator createAccumulator() {
        return new MicroMapAccumulator();
    }

    @Override
    public MicroMapAccumulator add(CommunityPost annotated, MicroMapAccumulator acc) {
        ScoredPost scored = annotated.scored;
        Post post = scored.post;
        MicroMap map = acc.map;
        if (map.postCount == 0) {
            map.platform = post.platform;
            map.community = post.community;
            map.microCommunity = post.microCommunity;
        }
        map.postCount++;
        map.likes += post.likes;
        map.replies += post.replies;
        map.shares += post.shares;
        map.authorSketch.add(post.author == null ? "" : post.author);
        boolean judged = scored.sentimentSupported();
        if (judged) {
            countSentiment(map, scored);
        }
        if (scored.topics != null) {
            for (String topic : scored.topics) {
                acc.topics.add(topic, judged, scored.score, topicCapacity);
            }
        }
        map.mostNegative = Evidence.offerNegative(map.mostNegative, scored, evidencePosts);
        map.mostEngaged = Evidence.offerEngaged(map.mostEngaged, scored, evidencePosts);
        countHealth(map.health, annotated);
        return acc;
    }

    @Override
    public MicroMap getResult(MicroMapAccumulator acc) {
        MicroMap result = acc.map.copy();
        result.uniqueAuthors = result.authorSketch.estimate();
        result.topics = acc.topics.top(topics);
        return result;
    }

    @Override
    public MicroMapAccumulator merge(MicroMapAccumulator a, MicroMapAccumulator b) {
        MicroMapAccumulator merged = a.map.postCount > 0 ? a : b;
        MicroMapAccumulator other = merged == a ? b : a;
        MicroMapSums.add(merged.map, other.map, evidencePosts);
        merged.topics.merge(other.topics, topicCapacity);
        return merged;
    }

    private static void countSentiment(MicroMap map, ScoredPost scored) {
        map.scoredCount++;
        map.sentimentSum += scored.score;
        map.sentimentSumOfSquares += scored.score * scored.score;
        map.sentimentBuckets[SentimentBucket.of(scored.score)]++;
        switch (scored.label) {
            case "negative" -> map.negativeCount++;
            case "positive" -> map.positiveCount++;
            default -> map.neutralCount++;
        }
    }

    private static void countHealth(HealthStats health, CommunityPost annotated) {
        Post post = annotated.post();
        if (annotated.staff) {
            health.staffPosts++;
        }
        if (annotated.firstPostOfAuthor) {
            health.newMembers++;
        }
        if (post.parentId != null) {
            health.replyPosts++;
        }
        health.threads.add(annotated.threadId);
        health.depthSum += annotated.depth;
        health.depthMax = Math.max(health.depthMax, annotated.depth);
        health.longestExchange = Math.max(health.longestExchange, annotated.turns);
        if (annotated.staffResponseMillis >= 0) {
            health.staffResponses.add(annotated.staffResponseMillis);
        }
        if (annotated.awaitingStaff >= 0) {
            health.staffKnown = true;
            if (post.createdAt >= health.awaitingStaffAt) {
                health.awaitingStaff = annotated.awaitingStaff;
                health.awaitingStaffAt = post.createdAt;
            }
        }
        if (Moderation.reportsRemovals(post.platform)) {
            health.removalsReported = true;
            health.removedPosts += Moderation.isRemoved(post) ? 1 : 0;
            health.deletedPosts += Moderation.isDeleted(post) ? 1 : 0;
        }
    }
}
