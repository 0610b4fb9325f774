package io.undercurrent.jobs.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the Grafana provisioning files the way Grafana would read them, without Grafana: every file loads,
 * uids are unique and everything they refer to exists, every variable used is defined, every link lands on a
 * dashboard that has the variables it carries, and every query translates into an Elasticsearch search.
 */
class DashboardProvisioningTest {

    /** Where docker-compose.yml mounts the dashboards/ folder: Grafana's provisioning folder. */
    static final String GRAFANA_PROVISIONING = "/etc/grafana/provisioning";

    private static final Pattern DASHBOARD_URL = Pattern.compile("^/d/([^/?]+)");
    private static final Pattern URL_VARIABLE = Pattern.compile("[?&]var-(\\w+)=");
    private static final Pattern EXPRESSION_REFERENCE = Pattern.compile("\\$\\{?(\\w+)");
    private static final Set<String> QUERY_FORMATS = Set.of("lucene", "raw");
    /** Grafana's server-side expressions (math, reduce) work on other queries' results, in panels and rules. */
    private static final String EXPRESSIONS = "__expr__";
    private static final TimeRange SIX_HOURS = new TimeRange(Instant.parse("2026-03-01T06:00:00Z"),
            Instant.parse("2026-03-01T12:00:00Z"));

    private final ProvisioningFiles files = ProvisioningFiles.load();

    @Test
    void datasourcesHaveUniqueUidsATimeFieldAndTheirUrlFromTheEnvironment() {
        assertThat(files.datasources).extracting(GrafanaDatasource::uid).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(files.datasources).extracting(GrafanaDatasource::name).doesNotHaveDuplicates();
        for (GrafanaDatasource datasource : files.datasources) {
            assertThat(datasource.type()).as(datasource.uid()).isEqualTo("elasticsearch");
            assertThat(datasource.timeField()).as(datasource.uid()).isNotBlank();
            assertThatCode(() -> datasource.indexPattern().wildcard()).as(datasource.uid()).doesNotThrowAnyException();
            assertThat(datasource.url()).as(datasource.uid()).isEqualTo("${ELASTICSEARCH_URL}");
        }
        assertThat(files.datasourcesByUid()).containsKeys(PipelineOutput.WRITTEN_DATASOURCES.toArray(String[]::new));
    }

    @Test
    void theDashboardProviderReadsTheFolderTheDashboardsAreIn() {
        assertThat(files.dashboardProviders).hasSize(1);
        JsonNode provider = files.dashboardProviders.get(0);
        assertThat(provider.path("type").asText()).isEqualTo("file");
        assertThat(provider.path("options").path("path").asText()).isEqualTo(GRAFANA_PROVISIONING + "/dashboards");
        assertThat(files.dashboards).hasSize(4);
    }

    @Test
    void dashboardsHaveUniqueUidsAndTitles() {
        assertThat(files.dashboards).extracting(DashboardFile::uid)
                .doesNotContainNull()
                .doesNotHaveDuplicates()
                .allSatisfy(uid -> assertThat(uid).hasSizeLessThanOrEqualTo(40).matches("[a-z0-9-]+"));
        assertThat(files.dashboards).extracting(DashboardFile::title).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void panelIdsAreUniqueWithinEachDashboardAndEveryPanelHasAPlace() {
        for (DashboardFile dashboard : files.dashboards) {
            assertThat(dashboard.panelsAndRows()).as(dashboard.title())
                    .extracting(panel -> panel.path("id").asLong(-1))
                    .doesNotContain(-1L)
                    .doesNotHaveDuplicates();
            for (JsonNode panel : dashboard.panelsAndRows()) {
                assertThat(panel.path("gridPos").path("w").asInt()).as(describe(dashboard, panel)).isBetween(1, 24);
                assertThat(panel.path("gridPos").path("h").asInt()).as(describe(dashboard, panel)).isPositive();
            }
        }
    }

    @Test
    void everyPanelQueriesAProvisionedDatasourceOrItsOwnQueries() {
        Map<String, GrafanaDatasource> datasources = files.datasourcesByUid();
        for (DashboardFile dashboard : files.dashboards) {
            for (JsonNode panel : dashboard.panels()) {
                String where = describe(dashboard, panel);
                assertThat(panel.path("targets")).as(where).isNotEmpty();
                assertThat(datasources).as(where).containsKey(panel.path("datasource").path("uid").asText());
                List<String> refIds = new ArrayList<>();
                panel.path("targets").forEach(target -> refIds.add(target.path("refId").asText()));
                assertThat(refIds).as(where).doesNotHaveDuplicates();
                for (JsonNode target : panel.path("targets")) {
                    String datasource = target.path("datasource").path("uid").asText(panel.path("datasource").path("uid").asText());
                    if (EXPRESSIONS.equals(datasource)) {
                        assertThat(expressionInputs(target)).as(where).isNotEmpty().isSubsetOf(refIds);
                    } else {
                        assertThat(datasources).as(where).containsKey(datasource);
                    }
                }
            }
        }
    }

    @Test
    void everyPanelQueryTranslatesIntoAnElasticsearchSearch() {
        Map<String, GrafanaDatasource> datasources = files.datasourcesByUid();
        for (DashboardFile dashboard : files.dashboards) {
            Map<String, GrafanaTemplate.Value> defaults = dashboard.variableDefaults();
            for (PanelTarget target : elasticsearchTargets(dashboard)) {
                GrafanaDatasource datasource = datasources.get(target.datasourceUid());
                String query = GrafanaTemplate.interpolateLucene(target.target().query(), defaults);
                ElasticsearchSearch search = GrafanaTargetTranslator.translate(target.target(), query, datasource, SIX_HOURS);
                assertThat(search.indices()).as(target.describe()).isNotEmpty();
                assertThat(target.target().fieldUses(datasource.timeField(), target.shownFields()))
                        .as(target.describe())
                        .allSatisfy(use -> assertThat(use.field()).as(use.usedBy()).isNotBlank());
                if (target.target().isDocumentQuery()) {
                    assertThat(target.shownFields()).as("columns of " + target.describe()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void everyVariableUsedIsDefinedBeforeTheVariablesThatUseIt() {
        for (DashboardFile dashboard : files.dashboards) {
            List<String> defined = new ArrayList<>();
            for (JsonNode variable : dashboard.variables()) {
                String name = variable.path("name").asText();
                assertThat(defined).as(dashboard.title()).doesNotContain(name);
                if ("query".equals(variable.path("type").asText())) {
                    JsonNode find = Json.parse(variable.path("query").asText());
                    assertThat(find.path("find").asText()).as("$" + name).isEqualTo("terms");
                    assertThat(files.datasourcesByUid()).as("$" + name)
                            .containsKey(variable.path("datasource").path("uid").asText());
                    assertThat(referencedNames(find.path("query").asText(""))).as("$" + name + " chains on")
                            .isSubsetOf(defined);
                    assertThat(variable.path("allValue").asText()).as("$" + name).isEqualTo("*");
                }
                defined.add(name);
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode panel : dashboard.panelsAndRows()) {
                panel.fields().forEachRemaining(field -> {
                    if (!field.getKey().equals("targets") && !field.getKey().equals("panels")) {
                        strings(field.getValue(), texts);
                    }
                });
            }
            elasticsearchTargets(dashboard).forEach(target -> texts.add(target.target().query()));
            strings(dashboard.json().path("links"), texts);
            strings(dashboard.json().path("annotations"), texts);
            assertThat(texts.stream().flatMap(text -> referencedNames(text).stream()).collect(Collectors.toSet()))
                    .as("variables used in " + dashboard.title())
                    .isSubsetOf(defined);
            for (PanelTarget target : elasticsearchTargets(dashboard)) {
                assertThat(GrafanaTemplate.references(target.target().query()))
                        .as(target.describe())
                        .allSatisfy(reference -> assertThat(reference.format() == null
                                || QUERY_FORMATS.contains(reference.format())).isTrue());
            }
        }
    }

    @Test
    void everyDashboardLinksToEveryOtherKeepingTimeAndFilters() {
        for (DashboardFile dashboard : files.dashboards) {
            Set<String> linked = new HashSet<>();
            for (JsonNode link : dashboard.json().path("links")) {
                assertThat(link.path("keepTime").asBoolean()).as(dashboard.title()).isTrue();
                assertThat(link.path("includeVars").asBoolean()).as(dashboard.title()).isTrue();
                linked.add(dashboardUid(link.path("url").asText()));
            }
            Set<String> others = files.dashboards.stream().map(DashboardFile::uid)
                    .filter(uid -> !uid.equals(dashboard.uid())).collect(Collectors.toSet());
            assertThat(linked).as(dashboard.title()).isEqualTo(others);
        }
    }

    @Test
    void dataLinksLandOnExistingDashboardsThatHaveTheVariablesTheyCarry() {
        Map<String, DashboardFile> dashboards = files.dashboardsByUid();
        int links = 0;
        for (DashboardFile dashboard : files.dashboards) {
            List<String> urls = new ArrayList<>();
            dashboard.panels().forEach(panel -> linkUrls(panel.path("fieldConfig"), urls));
            for (String url : urls.stream().filter(url -> url.startsWith("/d/")).toList()) {
                DashboardFile target = dashboards.get(dashboardUid(url));
                assertThat(target).as("dashboard of link " + url + " in " + dashboard.title()).isNotNull();
                assertThat(carriedVariables(url)).as(url).isSubsetOf(variableNames(target));
                links++;
            }
        }
        assertThat(links).as("drill-down links between dashboards").isPositive();
    }

    @Test
    void timeSeriesDashboardsShowTheDetectorsAlertsAsAnnotations() {
        for (DashboardFile dashboard : files.dashboards) {
            boolean timeSeries = dashboard.panels().stream().anyMatch(panel -> "timeseries".equals(panel.path("type").asText()));
            if (timeSeries) {
                List<String> annotationSources = new ArrayList<>();
                dashboard.json().path("annotations").path("list").forEach(annotation -> {
                    if (annotation.path("enable").asBoolean()) {
                        annotationSources.add(annotation.path("datasource").path("uid").asText());
                    }
                });
                assertThat(annotationSources).as(dashboard.title()).contains("undercurrent-alerts");
            }
        }
    }

    @Test
    void rowsNeverMixIndicesThePipelineWritesWithIndicesStillToCome() {
        for (DashboardFile dashboard : files.dashboards) {
            for (Map.Entry<String, List<JsonNode>> row : dashboard.panelsByRow().entrySet()) {
                Set<Boolean> written = row.getValue().stream()
                        .map(panel -> PipelineOutput.WRITTEN_DATASOURCES.contains(panel.path("datasource").path("uid").asText()))
                        .collect(Collectors.toSet());
                assertThat(written).as(dashboard.title() + " / row " + row.getKey()).hasSizeLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void alertRulesQueryProvisionedDatasourcesAndTheirOwnResults() {
        assertThat(files.rules()).isNotEmpty();
        assertThat(files.rules()).extracting(rule -> rule.path("uid").asText()).doesNotHaveDuplicates();
        Map<String, GrafanaDatasource> datasources = files.datasourcesByUid();
        for (JsonNode rule : files.rules()) {
            String title = rule.path("title").asText();
            Set<String> refIds = new HashSet<>();
            rule.path("data").forEach(query -> refIds.add(query.path("refId").asText()));
            assertThat(refIds).as(title).contains(rule.path("condition").asText());
            for (JsonNode query : rule.path("data")) {
                String datasource = query.path("datasourceUid").asText();
                JsonNode model = query.path("model");
                assertThat(model.path("refId").asText()).as(title).isEqualTo(query.path("refId").asText());
                if (EXPRESSIONS.equals(datasource)) {
                    assertThat(expressionInputs(model)).as(title + " / " + query.path("refId").asText())
                            .isNotEmpty()
                            .isSubsetOf(refIds);
                } else {
                    assertThat(datasources).as(title).containsKey(datasource);
                    assertThat(query.path("relativeTimeRange").path("from").asInt()).as(title).isPositive();
                    assertThat(GrafanaTemplate.references(model.path("query").asText()))
                            .as("alert queries have no dashboard to fill variables in").isEmpty();
                    assertThatCode(() -> GrafanaTargetTranslator.translate(GrafanaTarget.of(model),
                            model.path("query").asText(), datasources.get(datasource), SIX_HOURS))
                            .as(title).doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void alertRulesLandOnAPanelShowingTheirData() {
        Map<String, DashboardFile> dashboards = files.dashboardsByUid();
        for (JsonNode rule : files.rules()) {
            DashboardFile dashboard = dashboards.get(rule.path("dashboardUid").asText());
            assertThat(dashboard).as(rule.path("title").asText()).isNotNull();
            JsonNode panel = dashboard.panels().stream()
                    .filter(candidate -> candidate.path("id").asLong() == rule.path("panelId").asLong())
                    .findFirst().orElse(null);
            assertThat(panel).as(rule.path("title").asText() + " panel").isNotNull();
            assertThat(panel.path("datasource").path("uid").asText())
                    .isEqualTo(rule.path("data").path(0).path("datasourceUid").asText());
            for (JsonNode annotation : iterable(rule.path("annotations"))) {
                String text = annotation.asText();
                if (text.startsWith("/d/")) {
                    DashboardFile target = dashboards.get(dashboardUid(text));
                    assertThat(target).as(text).isNotNull();
                    assertThat(carriedVariables(text)).as(text).isSubsetOf(variableNames(target));
                }
            }
        }
    }

    @Test
    void alertTemplatesSurviveGrafanasEnvironmentInterpolation() {
        // Grafana fills $VARS from its environment into labels, and ${VARS} into annotations (not queries).
        for (JsonNode rule : files.rules()) {
            for (JsonNode label : iterable(rule.path("labels"))) {
                assertThat(label.asText()).as(rule.path("title").asText()).doesNotContain("$");
            }
            for (JsonNode annotation : iterable(rule.path("annotations"))) {
                assertThat(annotation.asText()).as(rule.path("title").asText()).doesNotContain("${");
            }
        }
    }

    @Test
    void alertsRouteToTheProvisionedWebhook() {
        assertThat(files.contactPoints).isNotEmpty();
        Set<String> contactPoints = files.contactPoints.stream().map(point -> point.path("name").asText())
                .collect(Collectors.toSet());
        List<JsonNode> receivers = new ArrayList<>();
        files.contactPoints.forEach(point -> point.path("receivers").forEach(receivers::add));
        assertThat(receivers).extracting(receiver -> receiver.path("uid").asText()).doesNotHaveDuplicates();
        assertThat(receivers).allSatisfy(receiver -> {
            assertThat(receiver.path("type").asText()).isEqualTo("webhook");
            assertThat(receiver.path("settings").path("url").asText()).isEqualTo("${ALERT_WEBHOOK_URL}");
        });
        assertThat(files.policies).hasSize(1);
        assertThat(contactPoints).contains(files.policies.get(0).path("receiver").asText());
        Set<String> folders = files.dashboardProviders.stream().map(provider -> provider.path("folder").asText())
                .collect(Collectors.toSet());
        assertThat(files.ruleGroups).allSatisfy(group -> assertThat(folders).contains(group.path("folder").asText()));
    }

    private static List<PanelTarget> elasticsearchTargets(DashboardFile dashboard) {
        return dashboard.targets().stream().filter(target -> !EXPRESSIONS.equals(target.datasourceUid())).toList();
    }

    private static Set<String> referencedNames(String text) {
        return GrafanaTemplate.references(text).stream()
                .filter(reference -> !reference.builtIn())
                .map(GrafanaTemplate.Reference::name)
                .collect(Collectors.toSet());
    }

    /** The variables a link hands to its dashboard: explicit var-x= parameters and ${x:queryparam}. */
    private static Set<String> carriedVariables(String url) {
        Set<String> names = new HashSet<>();
        Matcher explicit = URL_VARIABLE.matcher(url);
        while (explicit.find()) {
            names.add(explicit.group(1));
        }
        GrafanaTemplate.references(url).stream()
                .filter(reference -> "queryparam".equals(reference.format()))
                .forEach(reference -> names.add(reference.name()));
        return names;
    }

    private static Set<String> variableNames(DashboardFile dashboard) {
        return dashboard.variables().stream().map(variable -> variable.path("name").asText()).collect(Collectors.toSet());
    }

    private static String dashboardUid(String url) {
        Matcher matcher = DASHBOARD_URL.matcher(url);
        assertThat(matcher.find()).as("a /d/<uid> link: " + url).isTrue();
        return matcher.group(1);
    }

    /** Inputs of a server-side expression: a reduce's or threshold's "expression", or a math expression's $refs. */
    private static Set<String> expressionInputs(JsonNode model) {
        String expression = model.path("expression").asText();
        if (!"math".equals(model.path("type").asText())) {
            return Set.of(expression);
        }
        Set<String> inputs = new HashSet<>();
        Matcher reference = EXPRESSION_REFERENCE.matcher(expression);
        while (reference.find()) {
            inputs.add(reference.group(1));
        }
        return inputs;
    }

    private static void linkUrls(JsonNode node, List<String> urls) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if ("links".equals(field.getKey()) || "value".equals(field.getKey()) && field.getValue().isArray()) {
                    field.getValue().forEach(link -> {
                        if (link.has("url")) {
                            urls.add(link.path("url").asText());
                        }
                    });
                }
                linkUrls(field.getValue(), urls);
            });
        } else if (node.isArray()) {
            node.forEach(child -> linkUrls(child, urls));
        }
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> strings(child, out));
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node::elements;
    }

    private static String describe(DashboardFile dashboard, JsonNode panel) {
        return dashboard.title() + " / #" + panel.path("id").asText() + " " + panel.path("title").asText();
    }
}
