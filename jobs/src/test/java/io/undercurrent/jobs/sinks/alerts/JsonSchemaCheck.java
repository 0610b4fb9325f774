package io.undercurrent.jobs.sinks.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks a document against the subset of JSON Schema our schemas use: type (one or several), enum, required,
 * properties with additionalProperties false, items, local $ref, minimum, maximum and the date-time format.
 */
final class JsonSchemaCheck {
    private final JsonNode root;

    private JsonSchemaCheck(JsonNode root) {
        this.root = root;
    }

    static JsonSchemaCheck fromClasspath(String resource) throws IOException {
        try (InputStream in = JsonSchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing schema " + resource);
            }
            return new JsonSchemaCheck(new ObjectMapper().readTree(in));
        }
    }

    /** Every violation, as "path: problem"; empty when the document conforms. */
    List<String> violations(JsonNode document) {
        List<String> problems = new ArrayList<>();
        check(root, document, "$", problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(root.at(ref.substring(1)), value, path, problems);
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(path + ": " + value.getNodeType() + " is not " + schema.get("type"));
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
            problems.add(path + ": " + value + " < " + schema.get("minimum"));
        }
        if (schema.has("maximum") && value.isNumber() && value.asDouble() > schema.get("maximum").asDouble()) {
            problems.add(path + ": " + value + " > " + schema.get("maximum"));
        }
        if ("date-time".equals(schema.path("format").asText()) && value.isTextual()) {
            try {
                Instant.parse(value.asText());
            } catch (DateTimeParseException e) {
                problems.add(path + ": " + value + " is not an ISO-8601 instant");
            }
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(path + ": missing " + required.asText());
                }
            }
            Iterator<String> names = value.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode property = schema.path("properties").get(name);
                if (property != null) {
                    check(property, value.get(name), path + "." + name, problems);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    problems.add(path + ": " + name + " is not in the schema");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
