package io.undercurrent.jobs.sinks.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.records.Alert;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AlertJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Alert alert) throws IOException {
        return JSON.readTree(AlertJson.toBytes(alert));
    }

    @Test
    void anAlertFollowsTheDocumentedSchema() throws IOException {
        JsonSchemaCheck schema = JsonSchemaCheck.fromClasspath("/schemas/alert.schema.json");
        Alert crisis = TestAlerts.crisis("novapay", "billing");
        assertThat(schema.violations(json(crisis))).isEmpty();

        Alert community = TestAlerts.crisis("novapay", null);
        community.microCommunity = null;
        community.parentAlertId = null;
        community.childAlertIds.add(crisis.alertId);
        community.state = Alert.State.RESOLVED;
        community.resolvedTime = TestAlerts.START + 3_600_000;
        community.signals.clear();
        community.mostEngaged.clear();
        assertThat(schema.violations(json(community))).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesADocumentThatDrifted() throws IOException {
        JsonSchemaCheck schema = JsonSchemaCheck.fromClasspath("/schemas/alert.schema.json");
        var drifted = AlertJson.toTree(TestAlerts.crisis("novapay", "billing"));
        drifted.put("state", "OPEN").put("unexpected", 1).remove("version");
        assertThat(schema.violations(drifted)).hasSize(3);
    }

    @Test
    void fieldsAreWhatDashboardsAndConsumersRead() throws IOException {
        JsonNode json = json(TestAlerts.crisis("novapay", "billing"));
        assertThat(json.path("alert_id").asText()).isEqualTo("reddit/novapay/billing:" + TestAlerts.START);
        assertThat(json.path("state").asText()).isEqualTo("escalated");
        assertThat(json.path("severity").asText()).isEqualTo("high");
        assertThat(json.path("severity_rank").asInt()).isEqualTo(3);
        assertThat(json.path("micro_community").asText()).isEqualTo("billing");
        assertThat(json.path("signal").asText()).as("a crisis names the alert").isEqualTo("crisis_spike");
        assertThat(json.path("observed").asDouble()).isEqualTo(45.0);
        assertThat(json.path("started_at").asText()).isEqualTo("2026-11-21T14:05:00Z");
        assertThat(json.path("resolved_at").isNull()).isTrue();
        assertThat(json.path("most_negative").get(0).path("text").asText()).isEqualTo("Charged twice & <no> answer from support");
        assertThat(json.path("history").get(1).path("note").asText()).isEqualTo("severity rose");
        assertThat(json.path("summary").asText())
                .isEqualTo("Crisis spike: 45 posts vs 5.2 ± 2.4 usual in reddit/novapay/billing (high, escalated)");
    }

    @Test
    void aDocumentReadsBackAsTheAlertItWasWrittenFrom() throws IOException {
        Alert crisis = TestAlerts.crisis("novapay", "billing");
        crisis.resolvedTime = TestAlerts.START + 600_000;
        crisis.childAlertIds.add("reddit/novapay/payments:" + TestAlerts.START);
        Alert community = TestAlerts.crisis("novapay", null);
        community.microCommunity = null;
        community.mostEngaged.clear();

        for (Alert alert : new Alert[] {crisis, community}) {
            Alert read = AlertJson.fromBytes(AlertJson.toBytes(alert));
            assertThat(read).usingRecursiveComparison().isEqualTo(alert);
            assertThat(json(read)).isEqualTo(json(alert));
        }
    }
}
