package io.undercurrent.jobs.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A provisioned dashboard JSON file, with its panels flattened out of their rows. */
record DashboardFile(Path path, JsonNode json) {

    String uid() {
        return json.path("uid").asText(null);
    }

    String title() {
        return json.path("title").asText(null);
    }

    /** Every panel, rows included, as Grafana numbers them: ids must be unique across all of these. */
    List<JsonNode> panelsAndRows() {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : json.path("panels")) {
            all.add(panel);
            panel.path("panels").forEach(all::add);
        }
        return all;
    }

    /** The panels that show data: everything but rows. */
    List<JsonNode> panels() {
        return panelsAndRows().stream().filter(panel -> !"row".equals(panel.path("type").asText())).toList();
    }

    /** The panels under each row title, in order; panels above the first row are under "". */
    Map<String, List<JsonNode>> panelsByRow() {
        Map<String, List<JsonNode>> rows = new LinkedHashMap<>();
        List<JsonNode> current = rows.computeIfAbsent("", title -> new ArrayList<>());
        for (JsonNode panel : json.path("panels")) {
            if ("row".equals(panel.path("type").asText())) {
                current = rows.computeIfAbsent(panel.path("title").asText(), title -> new ArrayList<>());
                panel.path("panels").forEach(current::add); // a collapsed row keeps its panels inside
            } else {
                current.add(panel);
            }
        }
        return rows;
    }

    List<JsonNode> variables() {
        List<JsonNode> variables = new ArrayList<>();
        json.path("templating").path("list").forEach(variables::add);
        return variables;
    }

    /** Every variable at its default: "All" (its custom all value) for queries, the default text for textboxes. */
    Map<String, GrafanaTemplate.Value> variableDefaults() {
        Map<String, GrafanaTemplate.Value> values = new LinkedHashMap<>();
        for (JsonNode variable : variables()) {
            String name = variable.path("name").asText();
            values.put(name, switch (variable.path("type").asText()) {
                case "query" -> GrafanaTemplate.Value.all(variable.path("allValue").asText());
                case "textbox" -> GrafanaTemplate.Value.text(variable.path("query").asText());
                default -> throw new IllegalArgumentException("no default for variable type of $" + name);
            });
        }
        return values;
    }

    List<PanelTarget> targets() {
        List<PanelTarget> targets = new ArrayList<>();
        for (JsonNode panel : panels()) {
            String panelDatasource = panel.path("datasource").path("uid").asText(null);
            for (JsonNode target : panel.path("targets")) {
                String datasource = target.path("datasource").path("uid").asText(panelDatasource);
                targets.add(new PanelTarget(title(), panel.path("id").asLong(), panel.path("title").asText(),
                        datasource, GrafanaTarget.of(target), shownFields(panel)));
            }
        }
        return targets;
    }

    private static List<String> shownFields(JsonNode panel) {
        List<String> fields = new ArrayList<>();
        for (JsonNode transformation : panel.path("transformations")) {
            if ("filterFieldsByName".equals(transformation.path("id").asText())) {
                transformation.path("options").path("include").path("names").forEach(name -> fields.add(name.asText()));
            }
        }
        return fields;
    }
}
