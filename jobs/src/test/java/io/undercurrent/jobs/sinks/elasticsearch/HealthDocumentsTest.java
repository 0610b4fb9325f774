package io.undercurrent.jobs.sinks.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.records.HealthReport;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HealthDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HealthDocuments documents = new HealthDocuments();

    @Test
    void anUpdatedWindowKeepsItsIndexAndId() {
        HealthReport first = TestRecords.healthReport("novapayhelp", Instant.parse("2026-11-21T23:59:00Z"));
        HealthReport updated = TestRecords.healthReport("novapayhelp", Instant.parse("2026-11-21T23:59:00Z"));
        updated.postCount = 13;

        IndexRequestEntry a = documents.apply(first, null);
        IndexRequestEntry b = documents.apply(updated, null);

        assertThat(a.id()).isEqualTo("1m:reddit:novapay:novapayhelp:" + first.windowStart).isEqualTo(b.id());
        assertThat(a.index()).isEqualTo("undercurrent-health-2026.11.21").isEqualTo(b.index());
    }

    @Test
    void writesTheFieldsTheDashboardsRead() throws Exception {
        JsonNode doc = JSON.readTree(documents.apply(
                TestRecords.healthReport("novapayhelp", Instant.parse("2026-11-21T10:15:00Z")), null).source());

        assertThat(doc.get("window_start").asText()).isEqualTo("2026-11-21T10:15:00Z");
        assertThat(doc.get("micro_community").asText()).isEqualTo("novapayhelp");
        assertThat(doc.get("active_members").asLong()).isEqualTo(8);
        assertThat(doc.get("new_members").asLong()).isEqualTo(3);
        assertThat(doc.get("returning_members").asLong()).isEqualTo(5);
        assertThat(doc.get("conversation_depth_mean").asDouble()).isEqualTo(1.25);
        assertThat(doc.get("staff_response_latency_p50_seconds").asDouble()).isEqualTo(95.0);
        assertThat(doc.get("staff_response_latency_p90_seconds").asDouble()).isEqualTo(300.0);
        assertThat(doc.get("share_of_voice").asDouble()).isEqualTo(0.25);
        assertThat(doc.get("unanswered_threads").asLong()).isEqualTo(1);
        assertThat(doc.get("moderation_load").asDouble()).isEqualTo(0.25);
    }

    @Test
    void leavesOutWhatTheSourceCannotTell() throws Exception {
        HealthReport report = TestRecords.healthReport("#cycling", Instant.parse("2026-11-21T10:15:00Z"));
        report.staffResponseLatencyP50Seconds = null;
        report.staffResponseLatencyP90Seconds = null;
        report.unansweredThreads = null;
        report.removedPosts = null;
        report.deletedPosts = null;
        report.moderationLoad = null;

        JsonNode doc = JSON.readTree(documents.apply(report, null).source());

        for (String field : new String[] {"staff_response_latency_p50_seconds", "staff_response_latency_p90_seconds",
                "unanswered_threads", "removed_posts", "deleted_posts", "moderation_load"}) {
            assertThat(doc.has(field)).as(field).isFalse();
        }
        assertThat(doc.get("staff_replies").asLong()).isEqualTo(2);
    }
}
