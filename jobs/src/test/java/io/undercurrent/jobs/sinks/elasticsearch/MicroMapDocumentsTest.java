package io.undercurrent.jobs.sinks.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.records.MicroMap;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

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

    @Test
    void writesAuthorsSpreadBucketsEngagementTopicsAndEvidence() throws Exception {
        MicroMap map = TestRecords.microMap("#gamedev", Instant.parse("2026-11-21T10:15:00Z"));

        JsonNode doc = JSON.readTree(documents.apply(map, null).source());

        assertThat(doc.get("scope").asText()).isEqualTo("micro_community");
        assertThat(doc.get("unique_authors").asLong()).isEqualTo(7);
        double margin = 1.96 * Math.sqrt((2.0 - 8 * 0.0625) / 7 / 8);
        assertThat(doc.get("sentiment_ci_low").asDouble()).isCloseTo(-0.25 - margin, within(1e-12));
        assertThat(doc.get("sentiment_ci_high").asDouble()).isCloseTo(-0.25 + margin, within(1e-12));
        JsonNode buckets = doc.get("sentiment_buckets");
        assertThat(List.of("very_negative", "negative", "neutral", "positive", "very_positive"))
                .extracting(name -> buckets.get(name).asLong()).containsExactly(2L, 2L, 3L, 1L, 0L);
        assertThat(doc.get("engagement").asLong()).isEqualTo(45);
        assertThat(doc.get("likes_per_post").asDouble()).isEqualTo(3.0);
        assertThat(doc.get("replies_per_post").asDouble()).isEqualTo(1.2);
        assertThat(doc.get("engagement_per_post").asDouble()).isEqualTo(4.5);
        JsonNode patch = doc.get("topics").get(0);
        assertThat(patch.get("topic").asText()).isEqualTo("patch");
        assertThat(patch.get("count").asLong()).isEqualTo(6);
        assertThat(patch.get("sentiment_mean").asDouble()).isEqualTo(-0.5);
        assertThat(doc.get("most_negative")).extracting(e -> e.get("id").asText())
                .containsExactly("mastodon:1", "mastodon:2");
        assertThat(doc.get("most_engaged").get(0).get("engagement").asLong()).isEqualTo(25);
        assertThat(doc.get("evidence_post_ids")).extracting(JsonNode::asText)
                .containsExactly("mastodon:1", "mastodon:2", "mastodon:3");
    }

    @Test
    void rollUpsLeaveOutTheNamesTheySpan() throws Exception {
        MicroMap community = TestRecords.microMap(null, Instant.parse("2026-11-21T10:15:00Z"));
        MicroMap all = TestRecords.microMap(null, Instant.parse("2026-11-21T10:15:00Z"));
        all.platform = null;
        all.community = null;

        JsonNode communityDoc = JSON.readTree(documents.apply(community, null).source());
        JsonNode allDoc = JSON.readTree(documents.apply(all, null).source());

        assertThat(communityDoc.get("scope").asText()).isEqualTo("community");
        assertThat(communityDoc.has("micro_community")).isFalse();
        assertThat(communityDoc.get("community").asText()).isEqualTo("mastodon.social");
        assertThat(allDoc.get("scope").asText()).isEqualTo("all");
        assertThat(allDoc.has("platform")).isFalse();
        assertThat(allDoc.has("community")).isFalse();
        assertThat(documents.apply(all, null).id()).isEqualTo("1m:*:*:*:" + all.windowStart);
    }

    @Test
    void aSingleJudgedPostHasNoConfidenceInterval() throws Exception {
        MicroMap map = TestRecords.microMap("#gamedev", Instant.parse("2026-11-21T10:15:00Z"));
        map.scoredCount = 1;

        JsonNode doc = JSON.readTree(documents.apply(map, null).source());

        assertThat(doc.has("sentiment_ci_low")).isFalse();
        assertThat(doc.has("sentiment_ci_high")).isFalse();
    }
}
