package io.undercurrent.jobs.sinks.elasticsearch;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One document to index: target index, document id and the JSON source. The id is deterministic (derived from
 * the record), so indexing the same record again overwrites instead of duplicating.
 */
public final class IndexRequestEntry implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rough size of the bulk action line around the source: {"index":{"_index":..,"_id":..}}. */
    private static final int ACTION_LINE_OVERHEAD = 32;

    private final String index;
    private final String id;
    private final byte[] source;

    public IndexRequestEntry(String index, String id, byte[] source) {
        this.index = Objects.requireNonNull(index, "index");
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
    }

    public String index() {
        return index;
    }

    public String id() {
        return id;
    }

    /** The document as UTF-8 JSON. */
    public byte[] source() {
        return source;
    }

    /** "index/id": where the document was meant to go. */
    public String origin() {
        return index + "/" + id;
    }

    /** Bytes this entry adds to a bulk request. */
    public long sizeInBytes() {
        return source.length + index.length() + id.length() + ACTION_LINE_OVERHEAD;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IndexRequestEntry)) {
            return false;
        }
        IndexRequestEntry other = (IndexRequestEntry) o;
        return index.equals(other.index) && id.equals(other.id) && Arrays.equals(source, other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, id, Arrays.hashCode(source));
    }

    @Override
    public String toString() {
        return origin() + " " + new String(source, StandardCharsets.UTF_8);
    }
}
