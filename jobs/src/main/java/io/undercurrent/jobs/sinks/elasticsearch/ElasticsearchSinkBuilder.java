package io.undercurrent.jobs.sinks.elasticsearch;

import org.apache.flink.connector.base.sink.writer.ElementConverter;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Builds an {@link ElasticsearchSink}; hosts, converter and rejected-document handler are required. */
public final class ElasticsearchSinkBuilder<T> {

    public static final int DEFAULT_MAX_BATCH_SIZE = 1000;
    public static final int DEFAULT_MAX_IN_FLIGHT_REQUESTS = 2;
    public static final int DEFAULT_MAX_BUFFERED_REQUESTS = 10_000;
    public static final long DEFAULT_MAX_BATCH_SIZE_IN_BYTES = 5L * 1024 * 1024;
    public static final Duration DEFAULT_MAX_TIME_IN_BUFFER = Duration.ofSeconds(1);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMinutes(2);
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(100);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);

    private List<String> hosts;
    private ElementConverter<T, IndexRequestEntry> converter;
    private RejectedDocumentHandler rejectedDocuments;
    private int maxBatchSize = DEFAULT_MAX_BATCH_SIZE;
    private int maxInFlightRequests = DEFAULT_MAX_IN_FLIGHT_REQUESTS;
    private int maxBufferedRequests = DEFAULT_MAX_BUFFERED_REQUESTS;
    private long maxBatchSizeInBytes = DEFAULT_MAX_BATCH_SIZE_IN_BYTES;
    private Duration maxTimeInBuffer = DEFAULT_MAX_TIME_IN_BUFFER;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
    private Duration maxBackoff = DEFAULT_MAX_BACKOFF;

    ElasticsearchSinkBuilder() {}

    /** HTTP endpoints, e.g. {@code http://localhost:9200}. */
    public ElasticsearchSinkBuilder<T> setHosts(List<String> hosts) {
        this.hosts = List.copyOf(hosts);
        return this;
    }

    /** Turns a record into its document: index, deterministic id, JSON source. */
    public ElasticsearchSinkBuilder<T> setConverter(ElementConverter<T, IndexRequestEntry> converter) {
        this.converter = converter;
        return this;
    }

    public ElasticsearchSinkBuilder<T> setRejectedDocumentHandler(RejectedDocumentHandler handler) {
        this.rejectedDocuments = handler;
        return this;
    }

    /** Most documents in one bulk request. */
    public ElasticsearchSinkBuilder<T> setMaxBatchSize(int maxBatchSize) {
        this.maxBatchSize = maxBatchSize;
        return this;
    }

    /** Most bulk requests under way at once per writer. */
    public ElasticsearchSinkBuilder<T> setMaxInFlightRequests(int maxInFlightRequests) {
        this.maxInFlightRequests = maxInFlightRequests;
        return this;
    }

    /** Most documents a writer buffers before it blocks (backpressure); must exceed the batch size. */
    public ElasticsearchSinkBuilder<T> setMaxBufferedRequests(int maxBufferedRequests) {
        this.maxBufferedRequests = maxBufferedRequests;
        return this;
    }

    /** Most bytes in one bulk request; also the largest document accepted. */
    public ElasticsearchSinkBuilder<T> setMaxBatchSizeInBytes(long maxBatchSizeInBytes) {
        this.maxBatchSizeInBytes = maxBatchSizeInBytes;
        return this;
    }

    /** Longest a document waits in the buffer before a bulk request is sent. */
    public ElasticsearchSinkBuilder<T> setMaxTimeInBuffer(Duration maxTimeInBuffer) {
        this.maxTimeInBuffer = maxTimeInBuffer;
        return this;
    }

    /** After this long without an answer a bulk request is sent again. */
    public ElasticsearchSinkBuilder<T> setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        return this;
    }

    /** First and longest wait before retrying documents Elasticsearch could not take. */
    public ElasticsearchSinkBuilder<T> setBackoff(Duration initial, Duration max) {
        this.initialBackoff = initial;
        this.maxBackoff = max;
        return this;
    }

    public ElasticsearchSink<T> build() {
        Objects.requireNonNull(hosts, "Elasticsearch hosts are required");
        Objects.requireNonNull(converter, "a converter to documents is required");
        Objects.requireNonNull(rejectedDocuments, "a handler for rejected documents is required");
        if (requestTimeout.compareTo(maxBackoff) <= 0) {
            throw new IllegalArgumentException("The request timeout (" + requestTimeout
                    + ") must exceed the longest backoff (" + maxBackoff + ")");
        }
        return new ElasticsearchSink<>(converter, maxBatchSize, maxInFlightRequests, maxBufferedRequests,
                maxBatchSizeInBytes, maxTimeInBuffer.toMillis(), requestTimeout.toMillis(), hosts, rejectedDocuments,
                new ExponentialBackoff(initialBackoff, maxBackoff));
    }
}
