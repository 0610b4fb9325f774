package io.undercurrent.jobs.sources;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typed reads of one JSON object's fields, failing with reasons that name the full field path
 * ("missing required field: post.username", "wrong type for field likes: expected integer, got string").
 * Every adapter reads through this class so that all formats report problems the same way.
 */
final class JsonFields {

    private static final BigDecimal MAX_MILLIS = BigDecimal.valueOf(Long.MAX_VALUE);

    private final JsonNode node;
    /** Prefix of every field path reported, e.g. "d." inside a Discord gateway payload; empty at the root. */
    private final String prefix;

    private JsonFields(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    static JsonFields root(JsonNode node) {
        return new JsonFields(node, "");
    }

    /** An object found inside a string field (a payload within a payload), reported under that field's name. */
    static JsonFields embedded(JsonNode node, String path) {
        return new JsonFields(node, path + ".");
    }

    /** Present and not JSON null. */
    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    String path(String name) {
        return prefix + name;
    }

    JsonFields object(String name) throws MalformedPostException {
        return asObject(name, required(name));
    }

    /** @return null when absent or JSON null */
    JsonFields optionalObject(String name) throws MalformedPostException {
        return has(name) ? asObject(name, node.get(name)) : null;
    }

    /** Elements of an optional array of objects; absent or null reads as empty. */
    List<JsonFields> objects(String name) throws MalformedPostException {
        List<JsonFields> result = new ArrayList<>();
        if (!has(name)) {
            return result;
        }
        JsonNode array = node.get(name);
        if (!array.isArray()) {
            throw wrongType(path(name), "array", array);
        }
        for (int i = 0; i < array.size(); i++) {
            String elementName = name + "[" + i + "]";
            result.add(asObject(elementName, array.get(i)));
        }
        return result;
    }

    String text(String name) throws MalformedPostException {
        return asText(name, required(name));
    }

    /** @return null when absent or JSON null */
    String optionalText(String name) throws MalformedPostException {
        return has(name) ? asText(name, node.get(name)) : null;
    }

    /** An identifier that platforms send either as a string or as an integer. */
    String id(String name) throws MalformedPostException {
        return asId(name, required(name));
    }

    /** @return null when absent or JSON null */
    String optionalId(String name) throws MalformedPostException {
        return has(name) ? asId(name, node.get(name)) : null;
    }

    /** A non-fractional count; absent or null reads as 0. */
    long count(String name) throws MalformedPostException {
        if (!has(name)) {
            return 0;
        }
        JsonNode value = node.get(name);
        if (!isLong(value)) {
            throw wrongType(path(name), "integer", value);
        }
        return value.longValue();
    }

    /** An ISO-8601 date-time with offset, e.g. "2024-05-01T12:00:00.123Z", as epoch milliseconds. */
    long isoInstant(String name) throws MalformedPostException {
        return parseIso(name, text(name));
    }

    /** Seconds since the epoch, possibly fractional (Reddit's created_utc), as epoch milliseconds. */
    long epochSeconds(String name) throws MalformedPostException {
        JsonNode value = required(name);
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw wrongType(path(name), "number of seconds", value);
        }
        BigDecimal millis = value.decimalValue().movePointRight(3);
        if (millis.abs().compareTo(MAX_MILLIS) > 0) {
            throw new MalformedPostException("invalid timestamp in " + path(name) + ": " + value.asText()
                    + " seconds is out of range");
        }
        return millis.longValue();
    }

    /** Either an ISO-8601 string or an integer of epoch milliseconds. */
    long isoOrEpochMillis(String name) throws MalformedPostException {
        JsonNode value = required(name);
        if (value.isTextual()) {
            return parseIso(name, value.textValue());
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        throw wrongType(path(name), "ISO-8601 string or epoch milliseconds", value);
    }

    private JsonNode required(String name) throws MalformedPostException {
        if (!has(name)) {
            throw MalformedPostException.missing(path(name));
        }
        return node.get(name);
    }

    private JsonFields asObject(String name, JsonNode value) throws MalformedPostException {
        if (!value.isObject()) {
            throw wrongType(path(name), "object", value);
        }
        return new JsonFields(value, path(name) + ".");
    }

    private String asText(String name, JsonNode value) throws MalformedPostException {
        if (!value.isTextual()) {
            throw wrongType(path(name), "string", value);
        }
        return value.textValue();
    }

    private String asId(String name, JsonNode value) throws MalformedPostException {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        throw wrongType(path(name), "string or integer id", value);
    }

    private long parseIso(String name, String text) throws MalformedPostException {
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (ArithmeticException e) {
            throw new MalformedPostException("invalid timestamp in " + path(name) + ": " + quote(text)
                    + " is out of range");
        } catch (DateTimeParseException e) {
            throw new MalformedPostException("invalid timestamp in " + path(name) + ": " + quote(text)
                    + " is not ISO-8601 with an offset, e.g. 2024-05-01T12:00:00Z");
        }
    }

    /** A whole number within long's range; 12.0 counts, 12.5 and 1e30 do not. */
    private static boolean isLong(JsonNode value) {
        if (!value.isNumber() || !value.canConvertToLong()) {
            return false;
        }
        return value.isIntegralNumber() || value.decimalValue().stripTrailingZeros().scale() <= 0;
    }

    private static MalformedPostException wrongType(String path, String expected, JsonNode actual) {
        return new MalformedPostException(
                "wrong type for field " + path + ": expected " + expected + ", got " + typeName(actual));
    }

    private static String typeName(JsonNode value) {
        if (value.isNumber()) {
            return "number " + value.asText();
        }
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** A value for a reason message, cut short so a huge field cannot make a huge reason. */
    static String quote(String value) {
        int limit = 60;
        return "'" + (value.length() <= limit ? value : value.substring(0, limit) + "...") + "'";
    }
}
