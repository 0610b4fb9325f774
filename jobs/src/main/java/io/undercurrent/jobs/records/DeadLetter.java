package io.undercurrent.jobs.records;

/**
 * A record the pipeline could not use, with why. Written to the dead-letter topic as JSON with the original
 * bytes (base64), so it can be inspected and replayed.
 */
public class DeadLetter {
    /** Pipeline stage that rejected it: "parse" or "index". */
    public String stage;
    /** Human-readable reason, e.g. "missing required field: text". */
    public String reason;
    /** Where it came from: topic, partition, offset (parse) or index name and document id (index). */
    public String origin;
    public long rejectedAt;
    public byte[] payload;

    public DeadLetter() {}

    public DeadLetter(String stage, String reason, String origin, long rejectedAt, byte[] payload) {
        this.stage = stage;
        this.reason = reason;
        this.origin = origin;
        this.rejectedAt = rejectedAt;
        this.payload = payload;
    }
}
