package io.undercurrent.jobs.sinks.elasticsearch;

import io.undercurrent.jobs.records.EvidencePost;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.SentimentBucket;
import io.undercurrent.jobs.records.TopicCell;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;

/**
 * A micro-map (or a roll-up: {@code scope} community or all) as a document of the daily micro-maps index of its
 * window's start day (template {@code elasticsearch/undercurrent-micromaps.json}). The id is
 * {@link MicroMap#documentId()}, so a window updated by late posts overwrites its document. Roll-ups leave out the
 * names they span, so queries on {@code micro_community} see micro-communities only.
 */
public final class MicroMapDocuments implements ElementConverter<MicroMap, IndexRequestEntry> {

    private static final long serialVersionUID = 1L;
    public static final String INDEX_PREFIX = "undercurrent-micromaps";

    @Override
    public IndexRequestEntry apply(MicroMap map, SinkWriter.Context context) {
        return new IndexRequestEntry(DailyIndex.name(INDEX_PREFIX, map.windowStart), map.documentId(), source(map));
    }

    private static byte[] source(MicroMap map) {
        double margin = map.sentimentMarginOfError();
        JsonDocument json = new JsonDocument()
                .text("scope", map.scope().name().toLowerCase(Locale.ROOT))
                .text("platform", map.platform)
                .text("community", map.community)
                .text("micro_community", map.microCommunity)
                .text("resolution", map.resolution)
                .date("window_start", map.windowStart)
                .date("window_end", map.windowEnd)
                .number("post_count", map.postCount)
                .number("scored_count", map.scoredCount)
                .number("negative_count", map.negativeCount)
                .number("neutral_count", map.neutralCount)
                .number("positive_count", map.positiveCount)
                .number("sentiment_mean", map.meanSentiment())
                .optionalNumber("sentiment_ci_low", map.meanSentiment() - margin)
                .optionalNumber("sentiment_ci_high", map.meanSentiment() + margin)
                .number("negative_share", map.negativeShare())
                .number("unique_authors", map.uniqueAuthors);
        if (map.sentimentBuckets != null) {
            json.startObject("sentiment_buckets");
            for (int i = 0; i < SentimentBucket.COUNT; i++) {
                json.number(SentimentBucket.NAMES[i], map.sentimentBuckets[i]);
            }
            json.endObject();
        }
        json.number("likes", map.likes)
                .number("replies", map.replies)
                .number("shares", map.shares)
                .number("engagement", map.engagement())
                .number("likes_per_post", perPost(map.likes, map))
                .number("replies_per_post", perPost(map.replies, map))
                .number("shares_per_post", perPost(map.shares, map))
                .number("engagement_per_post", perPost(map.engagement(), map));
        topics(json, map.topics);
        evidence(json, "most_negative", map.mostNegative);
        evidence(json, "most_engaged", map.mostEngaged);
        return json.texts("evidence_post_ids", evidenceIds(map))
                .date("indexed_at", System.currentTimeMillis())
                .toBytes();
    }

    private static void topics(JsonDocument json, TopicCell[] topics) {
        if (topics == null) {
            return;
        }
        json.startArray("topics");
        for (TopicCell cell : topics) {
            json.startObject()
                    .text("topic", cell.topic)
                    .number("count", cell.count)
                    .number("scored_count", cell.scoredCount)
                    .number("sentiment_mean", cell.meanSentiment())
                    .endObject();
        }
        json.endArray();
    }

    private static void evidence(JsonDocument json, String field, EvidencePost[] posts) {
        if (posts == null) {
            return;
        }
        json.startArray(field);
        for (EvidencePost post : posts) {
            json.startObject()
                    .text("id", post.id)
                    .text("author", post.author)
                    .text("text", post.text)
                    .number("score", post.score)
                    .number("engagement", post.engagement)
                    .date("created_at", post.createdAt)
                    .text("url", post.url)
                    .endObject();
        }
        json.endArray();
    }

    private static String[] evidenceIds(MicroMap map) {
        return Stream.of(map.mostNegative, map.mostEngaged)
                .filter(posts -> posts != null)
                .flatMap(Arrays::stream)
                .map(post -> post.id)
                .distinct()
                .toArray(String[]::new);
    }

    private static double perPost(long total, MicroMap map) {
        return map.postCount == 0 ? 0.0 : (double) total / map.postCount;
    }
}
