package io.undercurrent.jobs.sinks.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.records.MicroMap;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MicroMapDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MicroMapDocuments documents = new MicroMapDocuments();

    @Test
    void anUpdatedWindowKeepsItsIndexAndId() {
        MicroMap first = TestRecords.microMap("#gamedev", Instant.parse("2026-11-21T23:59:00Z"));
        MicroMap updated = TestRecords.microMap("#gamedev", Instant.parse("2026-11-21T23:59:00Z"));
        updated.postCount = 11;

        IndexRequestEntry a = documents.apply(first, null);
        IndexRequestEntry b = documents.apply(updated, null);

        assertThat(a.id()).isEqualTo(first.documentId()).isEqualTo(b.id());
        assertThat(a.index()).isEqualTo("undercurrent-micromaps-2026.11.21").isEqualTo(b.index());
    }

    @Test
    void theIndexFollowsTheWindowStartNotItsEnd() {
        MicroMap map = TestRecords.microMap("#gamedev", Instant.parse("2026-11-21T23:59:30Z"));

        assertThat(documents.apply(map, null).index()).isEqualTo("undercurrent-micromaps-2026.11.21");
    }

    @Test
    void writesCountsAndDerivedSentiment() throws Exception {
        MicroMap map = TestRecords.microMap("#gamedev", Instant.parse("2026-11-21T10:15:00Z"));

        JsonNode doc = JSON.readTree(documents.apply(map, null).source());

        assertThat(doc.get("platform").asText()).isEqualTo("mastodon");
        assertThat(doc.get("community").asText()).isEqualTo("mastodon.social");
        assertThat(doc.get("micro_community").asText()).isEqualTo("#gamedev");
        assertThat(doc.get("resolution").asText()).isEqualTo("1m");
        assertThat(doc.get("window_start").asText()).isEqualTo("2026-11-21T10:15:00Z");
        assertThat(doc.get("window_end").asText()).isEqualTo("2026-11-21T10:16:00Z");
        assertThat(doc.get("post_count").asLong()).isEqualTo(10);
        assertThat(doc.get("scored_count").asLong()).isEqualTo(8);
        assertThat(doc.get("negative_count").asLong()).isEqualTo(4);
        assertThat(doc.get("neutral_count").asLong()).isEqualTo(3);
        assertThat(doc.get("positive_count").asLong()).isEqualTo(1);
        assertThat(doc.get("sentiment_mean").asDouble()).isCloseTo(-0.25, within(1e-12));
        assertThat(doc.get("negative_share").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(doc.has("indexed_at")).isTrue();
    }
}
