package io.undercurrent.jobs.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Grafana's template variable syntax ({@code $name}, {@code ${name}}, {@code ${name:format}},
 * {@code [[name]]}) and the way its Elasticsearch datasource fills queries in: Lucene format by default, so a
 * single value is escaped, several values become {@code ("a" OR "b")} and a custom "All" value stays as written.
 */
final class GrafanaTemplate {

    /** Grafana's own variable regex (public/app/features/variables/utils.ts). */
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$(\\w+)|\\[\\[(\\w+?)(?::(\\w+))?]]|\\$\\{(\\w+)(?:\\.([^:^}]+))?(?::([^}]+))?}");
    private static final Pattern LUCENE_SPECIAL = Pattern.compile("([!*+\\-=<>\\s&|()\\[\\]{}^~?:\\\\/\"])");

    /** A reference to a variable in a query, link or title; names starting with "__" are Grafana's built-ins. */
    record Reference(String name, String format) {
        boolean builtIn() {
            return name.startsWith("__");
        }
    }

    /** The value a variable holds: one or several selected values, or "All" with its custom value. */
    record Value(List<String> values, boolean multi, String allValue) {

        static Value all(String allValue) {
            return new Value(List.of(), true, allValue);
        }

        static Value selected(String... values) {
            return new Value(List.of(values), true, null);
        }

        static Value text(String text) {
            return new Value(List.of(text), false, null);
        }
    }

    private GrafanaTemplate() {}

    static List<Reference> references(String text) {
        List<Reference> references = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            String name = first(matcher.group(1), matcher.group(2), matcher.group(4));
            references.add(new Reference(name, first(matcher.group(3), matcher.group(6))));
        }
        return references;
    }

    /** Fills a Lucene query in as the Elasticsearch datasource does before sending it. */
    static String interpolateLucene(String query, Map<String, Value> variables) {
        Matcher matcher = VARIABLE.matcher(query);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = first(matcher.group(1), matcher.group(2), matcher.group(4));
            String format = first(matcher.group(3), matcher.group(6));
            Value value = variables.get(name);
            if (value == null) {
                throw new IllegalArgumentException("variable $" + name + " has no value in " + query);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(format(value, format == null ? "lucene" : format)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String format(Value value, String format) {
        if (value.allValue() != null) {
            return value.allValue(); // Grafana leaves a custom "All" value as written
        }
        return switch (format) {
            case "lucene" -> value.multi()
                    ? value.values().stream().map(v -> '"' + luceneEscape(v) + '"')
                            .collect(Collectors.joining(" OR ", "(", ")"))
                    : luceneEscape(value.values().get(0));
            case "raw" -> String.join(",", value.values());
            default -> throw new IllegalArgumentException("variable format " + format + " is not used in queries");
        };
    }

    /** Grafana's luceneEscape: numbers stay as they are, Lucene's special characters get a backslash. */
    static String luceneEscape(String value) {
        if (isNumber(value)) {
            return value;
        }
        return LUCENE_SPECIAL.matcher(value).replaceAll("\\\\$1");
    }

    private static boolean isNumber(String value) {
        if (value.isBlank()) {
            return true; // JavaScript's +"" is 0
        }
        try {
            Double.parseDouble(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
