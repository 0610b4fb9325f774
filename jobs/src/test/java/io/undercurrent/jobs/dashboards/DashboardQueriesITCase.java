package io.undercurrent.jobs.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proves every dashboard query against the pipeline's real output, without Grafana: each panel query and each
 * variable query is translated into the search Grafana would send, for the whole extent of the data and for a
 * drill-down into the micro-community with the most negative posts. For each one the index pattern must match
 * indices, the fields must suit their use, the Lucene query must parse, and the answer must hold data to draw.
 */
@ExtendWith(PipelineOutputFixture.class)
class DashboardQueriesITCase {

    private static final Set<String> PROVEN_DATASOURCES = PipelineOutput.WRITTEN_DATASOURCES;
    private static final String POSTS = "undercurrent-posts";
    private static final Duration MARGIN = Duration.ofMinutes(1);

    /** Variable values chosen for a run; the others keep their defaults. */
    private record Filters(String name, Map<String, GrafanaTemplate.Value> chosen) {

        Map<String, GrafanaTemplate.Value> on(DashboardFile dashboard) {
            Map<String, GrafanaTemplate.Value> values = new LinkedHashMap<>(dashboard.variableDefaults());
            values.putAll(chosen);
            return values;
        }
    }

    private static ProvisioningFiles provisioning;
    private static ElasticsearchHttp elasticsearch;
    private static TimeRange dataRange;
    private static List<Filters> filterChoices;

    @BeforeAll
    static void findThePipelineOutput(PipelineOutput output) {
        provisioning = ProvisioningFiles.load();
        elasticsearch = new ElasticsearchHttp(output.elasticsearchUrl());
        dataRange = extentOfTheData();
        filterChoices = List.of(
                new Filters("all filters", Map.of()),
                new Filters("drill-down", drillDownIntoTheMostNegativeMicroCommunity()));
    }

    @TestFactory
    Stream<DynamicTest> everyPanelQueryRunsOnTheRealIndicesAndReturnsData() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DashboardFile dashboard : provisioning.dashboards) {
            for (PanelTarget target : dashboard.targets()) {
                if (PROVEN_DATASOURCES.contains(target.datasourceUid())) {
                    for (Filters filters : filterChoices) {
                        String name = target.describe() + " [" + filters.name() + "]";
                        tests.add(DynamicTest.dynamicTest(name, () -> prove(name, target.target(),
                                target.datasourceUid(), target.shownFields(), filters.on(dashboard))));
                    }
                }
            }
        }
        assertThat(tests).as("panel queries on the proven datasources").isNotEmpty();
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyVariableQueryFindsTheValuesInTheData() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DashboardFile dashboard : provisioning.dashboards) {
            for (JsonNode variable : dashboard.variables()) {
                if ("query".equals(variable.path("type").asText())) {
                    for (Filters filters : filterChoices) {
                        String name = dashboard.title() + " / $" + variable.path("name").asText()
                                + " [" + filters.name() + "]";
                        tests.add(DynamicTest.dynamicTest(name, () -> proveVariable(name, variable, filters.on(dashboard))));
                    }
                }
            }
        }
        assertThat(tests).as("variable queries").isNotEmpty();
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyAlertRuleQueryRunsOnTheRealIndicesAndReturnsData() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode rule : provisioning.rules()) {
            for (JsonNode query : rule.path("data")) {
                String datasource = query.path("datasourceUid").asText();
                if (PROVEN_DATASOURCES.contains(datasource)) {
                    // The rule looks at the last minutes; the scripted stream's data may lie anywhere in time.
                    String name = rule.path("title").asText() + " / " + query.path("refId").asText();
                    tests.add(DynamicTest.dynamicTest(name,
                            () -> prove(name, GrafanaTarget.of(query.path("model")), datasource, List.of(), Map.of())));
                }
            }
        }
        assertThat(tests).as("alert rule queries on the proven datasources").isNotEmpty();
        return tests.stream();
    }

    private static void prove(String name, GrafanaTarget target, String datasourceUid, List<String> shownFields,
            Map<String, GrafanaTemplate.Value> variables) {
        GrafanaDatasource datasource = provisioning.datasourcesByUid().get(datasourceUid);
        String query = GrafanaTemplate.interpolateLucene(target.query(), variables);
        ElasticsearchSearch search = GrafanaTargetTranslator.translate(target, query, datasource, dataRange);

        MappingChecks mapping = elasticsearch.fieldCaps(search.indices());
        assertThat(mapping.indices()).as("%s: indices matching %s", name, search.indices()).isNotEmpty();
        assertThat(mapping.problems(target.fieldUses(datasource.timeField(), shownFields)))
                .as("%s: fields of the query on %s", name, mapping.indices())
                .isEmpty();

        JsonNode response = elasticsearch.search(search);
        assertThat(ResponseData.missing(response, target))
                .as("%s: data for query <%s> sent as %s", name, query, search.body())
                .isEmpty();
    }

    private static void proveVariable(String name, JsonNode variable, Map<String, GrafanaTemplate.Value> variables) {
        GrafanaDatasource datasource = provisioning.datasourcesByUid().get(variable.path("datasource").path("uid").asText());
        JsonNode find = Json.parse(variable.path("query").asText());
        String query = GrafanaTemplate.interpolateLucene(find.path("query").asText(""), variables);
        ElasticsearchSearch search = GrafanaTargetTranslator.translateTermsVariable(find, query, datasource, dataRange);

        MappingChecks mapping = elasticsearch.fieldCaps(search.indices());
        String field = find.path("field").asText();
        assertThat(mapping.problem(new FieldUse(field, FieldUse.Role.AGGREGATABLE, "variable values"))).as(name).isEmpty();

        JsonNode response = elasticsearch.search(search);
        assertThat(response.has("error")).as("%s: error %s for <%s>", name, response.path("error"), query).isFalse();
        List<String> values = new ArrayList<>();
        response.path("aggregations").path("1").path("buckets").forEach(bucket -> values.add(bucket.path("key").asText()));
        GrafanaTemplate.Value selected = variables.get(variable.path("name").asText());
        assertThat(values).as("%s: values for <%s>", name, query)
                .isNotEmpty()
                .containsAll(selected.values());
    }

    /** From the earliest to the latest document of the proven datasources, with a minute to spare each side. */
    private static TimeRange extentOfTheData() {
        Instant first = null;
        Instant last = null;
        for (String uid : PROVEN_DATASOURCES) {
            GrafanaDatasource datasource = provisioning.datasourcesByUid().get(uid);
            ObjectNode body = Json.MAPPER.createObjectNode().put("size", 0);
            ObjectNode aggs = body.putObject("aggs");
            aggs.putObject("first").putObject("min").put("field", datasource.timeField());
            aggs.putObject("last").putObject("max").put("field", datasource.timeField());
            JsonNode extent = elasticsearch.post("/" + datasource.indexPattern().wildcard() + "/_search", body)
                    .path("aggregations");
            assertThat(extent.path("first").path("value").isNumber())
                    .as("the pipeline wrote documents to %s", datasource.indexPattern().wildcard())
                    .isTrue();
            Instant from = Instant.ofEpochMilli(extent.path("first").path("value").asLong());
            Instant to = Instant.ofEpochMilli(extent.path("last").path("value").asLong());
            first = first == null || from.isBefore(first) ? from : first;
            last = last == null || to.isAfter(last) ? to : last;
        }
        return new TimeRange(first.minus(MARGIN), last.plus(MARGIN));
    }

    /** The platform, community and micro-community with the most negative posts: where a crisis room would look. */
    private static Map<String, GrafanaTemplate.Value> drillDownIntoTheMostNegativeMicroCommunity() {
        GrafanaDatasource posts = provisioning.datasourcesByUid().get(POSTS);
        String[] path = {"platform", "community", "micro_community"};
        ObjectNode body = Json.MAPPER.createObjectNode().put("size", 0);
        body.putObject("query").putObject("term").put("sentiment.label", "negative");
        ObjectNode level = body;
        for (String field : path) {
            ObjectNode agg = level.putObject("aggs").putObject(field);
            agg.putObject("terms").put("field", field).put("size", 1);
            level = agg;
        }
        JsonNode node = elasticsearch.post("/" + posts.indexPattern().wildcard() + "/_search", body).path("aggregations");
        Map<String, GrafanaTemplate.Value> chosen = new LinkedHashMap<>();
        for (String field : path) {
            JsonNode bucket = node.path(field).path("buckets").path(0);
            assertThat(bucket.isMissingNode()).as("a negative post with a %s in the pipeline output", field).isFalse();
            chosen.put(field, GrafanaTemplate.Value.selected(bucket.path("key").asText()));
            node = bucket;
        }
        return chosen;
    }
}
