package io.undercurrent.jobs.records;

/**
 * One Kafka record exactly as it arrived, before any parsing, so that nothing is lost when parsing fails.
 * The source topic decides which adapter parses it.
 */
public class RawRecord {
    public String topic;
    public int partition;
    public long offset;
    /** Kafka record timestamp, epoch millis. */
    public long timestamp;
    public byte[] payload;

    public RawRecord() {}

    public RawRecord(String topic, int partition, long offset, long timestamp, byte[] payload) {
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.timestamp = timestamp;
        this.payload = payload;
    }
}
