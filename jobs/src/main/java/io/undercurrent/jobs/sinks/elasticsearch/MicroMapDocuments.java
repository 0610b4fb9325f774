package io.undercurrent.jobs.sinks.elasticsearch;

import io.undercurrent.jobs.records.MicroMap;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;

/**
 * A micro-map as a document of the daily micro-maps index of its window's start day (template
 * {@code elasticsearch/undercurrent-micromaps.json}). The id is {@link MicroMap#documentId()}, so a window
 * updated by late posts overwrites its document.
 */
public final class MicroMapDocuments implements ElementConverter<MicroMap, IndexRequestEntry> {

    private static final long serialVersionUID = 1L;
    public static final String INDEX_PREFIX = "undercurrent-micromaps";

    @Override
    public IndexRequestEntry apply(MicroMap map, SinkWriter.Context context) {
        return new IndexRequestEntry(DailyIndex.name(INDEX_PREFIX, map.windowStart), map.documentId(), source(map));
    }

    private static byte[] source(MicroMap map) {
        return new JsonDocument()
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
                .number("negative_share", map.negativeShare())
                .date("indexed_at", System.currentTimeMillis())
                .toBytes();
    }
}
