package io.undercurrent.jobs.sinks.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.sinks.alerts.TestAlerts;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The templates and the documents the converters write must agree field for field (the mapping is strict). */
class IndexTemplatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void postDocumentsMatchThePostsTemplate() throws Exception {
        IndexRequestEntry entry = new PostDocuments()
                .apply(TestRecords.scoredPost("reddit:t1_abc", Instant.parse("2026-11-21T10:15:30Z")), null);

        assertMatches(PostDocuments.INDEX_PREFIX, entry);
    }

    @Test
    void microMapDocumentsMatchTheMicroMapsTemplate() throws Exception {
        IndexRequestEntry entry = new MicroMapDocuments()
                .apply(TestRecords.microMap("#gamedev", Instant.parse("2026-11-21T10:15:00Z")), null);

        assertMatches(MicroMapDocuments.INDEX_PREFIX, entry);
    }

    @Test
    void alertDocumentsMatchTheAlertsTemplate() throws Exception {
        Alert alert = TestAlerts.crisis("novapay", "billing");
        alert.childAlertIds.add("reddit/novapay/cards:1");
        alert.state = Alert.State.RESOLVED;
        alert.resolvedTime = alert.updateTime;

        assertMatches(AlertDocuments.INDEX_PREFIX, new AlertDocuments().apply(alert, null));
    }

    @Test
    void healthDocumentsMatchTheHealthTemplate() throws Exception {
        IndexRequestEntry entry = new HealthDocuments()
                .apply(TestRecords.healthReport("novapayhelp", Instant.parse("2026-11-21T10:15:00Z")), null);

        assertMatches(HealthDocuments.INDEX_PREFIX, entry);
    }

    @Test
    void theHealthTemplateHasTheFieldsTheDashboardsQuery() throws Exception {
        JsonNode properties = template(HealthDocuments.INDEX_PREFIX).path("template").path("mappings").path("properties");
        for (String field : List.of("window_start", "platform", "community", "active_members", "new_members",
                "returning_members", "conversation_depth_mean", "staff_response_latency_p50_seconds",
                "staff_response_latency_p90_seconds", "share_of_voice")) {
            assertThat(properties.has(field)).as(field).isTrue();
        }
    }

    @Test
    void templatesUseOnlyCoreFeatures() throws Exception {
        for (String name : IndexTemplates.NAMES) {
            JsonNode template = template(name);
            assertThat(template.path("template").path("settings").has("analysis")).as(name).isFalse();
            assertThat(template.path("template").path("settings").has("lifecycle")).as(name).isFalse();
            assertThat(template.has("data_stream")).as(name).isFalse();
            assertThat(template.findValuesAsText("analyzer")).as(name).allMatch("standard"::equals);
        }
    }

    private static void assertMatches(String name, IndexRequestEntry entry) throws Exception {
        JsonNode template = template(name);
        assertThat(template.get("index_patterns")).extracting(JsonNode::asText).containsExactly(name + "-*");
        assertThat(entry.index()).startsWith(name + "-");
        JsonNode mappings = template.path("template").path("mappings");
        assertThat(mappings.path("dynamic").asText()).isEqualTo("strict");

        JsonNode document = JSON.readTree(entry.source());
        Set<String> written = new TreeSet<>();
        Set<String> mapped = new TreeSet<>();
        collectWritten("", document, mappings.path("properties"), written);
        collectMapped("", mappings.path("properties"), mapped);
        assertThat(written).as("fields of a fully populated document").isEqualTo(mapped);
    }

    /** Collects the document's field paths, checking each value against its mapped type on the way. */
    private static void collectWritten(String prefix, JsonNode object, JsonNode properties, Set<String> paths) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix + field.getKey();
            JsonNode mapping = properties.get(field.getKey());
            assertThat(mapping).as("mapping of " + path).isNotNull();
            JsonNode value = field.getValue();
            if (mapping.has("properties")) {
                for (JsonNode element : value.isArray() ? value : JSON.createArrayNode().add(value)) {
                    assertThat(element.isObject()).as(path + " holds objects").isTrue();
                    collectWritten(path + ".", element, mapping.get("properties"), paths);
                }
                continue;
            }
            paths.add(path);
            for (JsonNode element : value.isArray() ? value : JSON.createArrayNode().add(value)) {
                if (!element.isNull()) { // null is "no value" to Elasticsearch, whatever the type
                    assertFits(path, mapping.get("type").asText(), element);
                }
            }
        }
    }

    private static void assertFits(String path, String type, JsonNode value) {
        switch (type) {
            case "keyword":
            case "text":
                assertThat(value.isTextual()).as(path + " is a string").isTrue();
                break;
            case "date":
                assertThat(Instant.parse(value.asText())).as(path + " is an ISO instant").isNotNull();
                break;
            case "long":
            case "integer":
                assertThat(value.isIntegralNumber()).as(path + " is an integer").isTrue();
                break;
            case "float":
            case "double":
                assertThat(value.isNumber()).as(path + " is a number").isTrue();
                break;
            default:
                throw new AssertionError(path + " has a type the documents never write: " + type);
        }
    }

    private static void collectMapped(String prefix, JsonNode properties, Set<String> paths) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().has("properties")) {
                collectMapped(prefix + field.getKey() + ".", field.getValue().get("properties"), paths);
            } else {
                paths.add(prefix + field.getKey());
            }
        }
    }

    private static JsonNode template(String name) throws Exception {
        try (InputStream body = IndexTemplates.body(name)) {
            return JSON.readTree(body);
        }
    }
}
