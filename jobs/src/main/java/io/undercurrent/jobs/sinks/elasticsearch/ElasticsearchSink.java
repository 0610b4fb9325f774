package io.undercurrent.jobs.sinks.elasticsearch;

import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.AsyncSinkBase;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Indexes records into Elasticsearch with bulk requests: buffered and batched by Flink's async sink (bounded
 * buffer, so a slow cluster backpressures the job), retried with exponential backoff when Elasticsearch is
 * overloaded or unreachable, and with documents it rejects for good handed to a {@link RejectedDocumentHandler}.
 * Buffered documents are part of each checkpoint. Build one with {@link #builder()}.
 *
 * <pre>{@code
 * ElasticsearchSink<ScoredPost> sink = ElasticsearchSink.<ScoredPost>builder()
 *         .setHosts(List.of("http://localhost:9200"))
 *         .setConverter(new PostDocuments())
 *         .setRejectedDocumentHandler(new KafkaRejectedDocumentHandler("localhost:9092", "dead-letters"))
 *         .build();
 * }</pre>
 */
public final class ElasticsearchSink<T> extends AsyncSinkBase<T, IndexRequestEntry> {

    private static final long serialVersionUID = 1L;

    private final ArrayList<String> hosts;
    private final RejectedDocumentHandler rejectedDocuments;
    private final ExponentialBackoff backoff;

    ElasticsearchSink(
            ElementConverter<T, IndexRequestEntry> converter,
            int maxBatchSize,
            int maxInFlightRequests,
            int maxBufferedRequests,
            long maxBatchSizeInBytes,
            long maxTimeInBufferMs,
            long requestTimeoutMs,
            List<String> hosts,
            RejectedDocumentHandler rejectedDocuments,
            ExponentialBackoff backoff) {
        // A single document may fill a whole bulk request: a smaller record limit would fail the job on data.
        super(converter, maxBatchSize, maxInFlightRequests, maxBufferedRequests, maxBatchSizeInBytes,
                maxTimeInBufferMs, maxBatchSizeInBytes, requestTimeoutMs, false);
        this.hosts = new ArrayList<>(hosts);
        this.rejectedDocuments = rejectedDocuments;
        this.backoff = backoff;
    }

    public static <T> ElasticsearchSinkBuilder<T> builder() {
        return new ElasticsearchSinkBuilder<>();
    }

    @Override
    public StatefulSinkWriter<T, BufferedRequestState<IndexRequestEntry>> createWriter(WriterInitContext context)
            throws IOException {
        return restoreWriter(context, List.of());
    }

    @Override
    public StatefulSinkWriter<T, BufferedRequestState<IndexRequestEntry>> restoreWriter(
            WriterInitContext context, Collection<BufferedRequestState<IndexRequestEntry>> recoveredState)
            throws IOException {
        AsyncSinkWriterConfiguration configuration = AsyncSinkWriterConfiguration.builder()
                .setMaxBatchSize(getMaxBatchSize())
                .setMaxBatchSizeInBytes(getMaxBatchSizeInBytes())
                .setMaxInFlightRequests(getMaxInFlightRequests())
                .setMaxBufferedRequests(getMaxBufferedRequests())
                .setMaxTimeInBufferMS(getMaxTimeInBufferMS())
                .setMaxRecordSizeInBytes(getMaxRecordSizeInBytes())
                .setRequestTimeoutMS(getRequestTimeoutMS())
                .setFailOnTimeout(getFailOnTimeout())
                .build();
        return new ElasticsearchSinkWriter<>(getElementConverter(), context, configuration, recoveredState, hosts,
                rejectedDocuments, backoff);
    }

    @Override
    public SimpleVersionedSerializer<BufferedRequestState<IndexRequestEntry>> getWriterStateSerializer() {
        return new IndexRequestEntrySerializer();
    }
}
