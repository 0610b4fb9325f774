package io.undercurrent.jobs.sinks.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.sinks.alerts.TestAlerts;
import org.junit.jupiter.api.Test;

class AlertDocumentsTest {
    private final AlertDocuments documents = new AlertDocuments();

    @Test
    void everyUpdateOfAnIncidentOverwritesOneDocumentInTheIndexOfItsStartDay() throws Exception {
        Alert opened = TestAlerts.crisis("novapay", "billing");
        Alert resolvedNextDay = TestAlerts.crisis("novapay", "billing");
        resolvedNextDay.version = 5;
        resolvedNextDay.state = Alert.State.RESOLVED;
        resolvedNextDay.updateTime = opened.startTime + 86_400_000;
        resolvedNextDay.resolvedTime = resolvedNextDay.updateTime;

        IndexRequestEntry first = documents.apply(opened, null);
        IndexRequestEntry last = documents.apply(resolvedNextDay, null);
        assertThat(first.index()).isEqualTo("undercurrent-alerts-2026.11.21").isEqualTo(last.index());
        assertThat(first.id()).isEqualTo(opened.alertId).isEqualTo(last.id());
        var source = new ObjectMapper().readTree(last.source());
        assertThat(source.path("state").asText()).isEqualTo("resolved");
        assertThat(source.path("version").asLong()).isEqualTo(5);
        assertThat(source.has("indexed_at")).isTrue();
    }
}
