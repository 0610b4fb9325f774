package io.undercurrent.jobs.sinks.elasticsearch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Writes one document's JSON source with snake_case fields; null values are left out. */
final class JsonDocument {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    private final JsonGenerator json;

    JsonDocument() {
        try {
            json = FACTORY.createGenerator(bytes);
            json.writeStartObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonDocument text(String field, String value) {
        return write(() -> {
            if (value != null) {
                json.writeStringField(field, value);
            }
        });
    }

    JsonDocument texts(String field, String[] values) {
        return write(() -> {
            if (values != null) {
                json.writeArrayFieldStart(field);
                for (String value : values) {
                    json.writeString(value);
                }
                json.writeEndArray();
            }
        });
    }

    JsonDocument number(String field, long value) {
        return write(() -> json.writeNumberField(field, value));
    }

    /** NaN and infinities come out as strings ("NaN"), which Elasticsearch rejects: a broken score is not stored. */
    JsonDocument number(String field, double value) {
        return write(() -> json.writeNumberField(field, value));
    }

    /** Left out when null: a figure the source cannot provide. */
    JsonDocument optionalNumber(String field, Long value) {
        return value == null ? this : number(field, value.longValue());
    }

    /** Left out when null, NaN or infinite: a figure that cannot be computed for this document. */
    JsonDocument optionalNumber(String field, Double value) {
        return value == null || !Double.isFinite(value) ? this : number(field, value.doubleValue());
    }

    JsonDocument numbers(String field, double[] values) {
        return write(() -> {
            if (values != null) {
                json.writeFieldName(field);
                json.writeArray(values, 0, values.length);
            }
        });
    }

    /** ISO-8601 in UTC, readable in the document and unambiguous for Elasticsearch's date fields. */
    JsonDocument date(String field, long epochMillis) {
        return text(field, Instant.ofEpochMilli(epochMillis).toString());
    }

    JsonDocument startObject(String field) {
        return write(() -> json.writeObjectFieldStart(field));
    }

    JsonDocument endObject() {
        return write(json::writeEndObject);
    }

    /** An array of objects follows: {@link #startObject()} ... {@link #endObject()} each, then {@link #endArray()}. */
    JsonDocument startArray(String field) {
        return write(() -> json.writeArrayFieldStart(field));
    }

    JsonDocument startObject() {
        return write(json::writeStartObject);
    }

    JsonDocument endArray() {
        return write(json::writeEndArray);
    }

    byte[] toBytes() {
        write(() -> {
            json.writeEndObject();
            json.close();
        });
        return bytes.toByteArray();
    }

    private JsonDocument write(JsonWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @FunctionalInterface
    private interface JsonWrite {
        void run() throws IOException;
    }
}
