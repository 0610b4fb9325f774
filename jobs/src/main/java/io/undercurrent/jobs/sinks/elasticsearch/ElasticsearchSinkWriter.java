package io.undercurrent.jobs.sinks.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.undercurrent.jobs.records.DeadLetter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.DequeRequestBuffer;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.ResultHandler;
import org.apache.flink.connector.base.sink.writer.SimpleBatchCreator;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends the buffered documents as bulk requests. Per item: success; retryable failure (429, 5xx), re-queued
 * after an exponential backoff; or rejection for good, handed to the {@link RejectedDocumentHandler}. A failed
 * request as a whole is retried the same way when retryable and fails the job otherwise.
 *
 * <p>Responses are handled on one thread of the writer's own, never on the HTTP client's I/O thread, because
 * storing dead letters may block. A backoff holds its request's in-flight slot, so the writer stops sending
 * and, once its buffer is full, backpressures the job.
 */
final class ElasticsearchSinkWriter<T> extends AsyncSinkWriter<T, IndexRequestEntry> {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchSinkWriter.class);
    private static final String INDEX_STAGE = "index";

    private final RestClientTransport transport;
    private final ElasticsearchAsyncClient client;
    private final RejectedDocumentHandler rejectedDocuments;
    private final ExponentialBackoff backoff;
    private final ScheduledExecutorService responses;
    private final Counter rejectedCounter;
    private final Counter retriedCounter;
    private final Counter sendErrorsCounter;
    private final Counter outErrorsCounter;
    /** Requests in a row that needed a retry; only touched on the {@link #responses} thread. */
    private int consecutiveFailures;

    ElasticsearchSinkWriter(
            ElementConverter<T, IndexRequestEntry> converter,
            WriterInitContext context,
            AsyncSinkWriterConfiguration configuration,
            Collection<BufferedRequestState<IndexRequestEntry>> restoredState,
            List<String> hosts,
            RejectedDocumentHandler rejectedDocuments,
            ExponentialBackoff backoff) throws IOException {
        super(converter, context, configuration, restoredState,
                new SimpleBatchCreator<>(configuration.getMaxBatchSizeInBytes()), new DequeRequestBuffer<>());
        this.transport = ElasticsearchClients.transport(hosts);
        this.client = new ElasticsearchAsyncClient(transport);
        this.rejectedDocuments = rejectedDocuments;
        this.backoff = backoff;
        this.responses = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "elasticsearch-sink-responses-"
                    + context.getTaskInfo().getIndexOfThisSubtask());
            thread.setDaemon(true);
            return thread;
        });
        SinkWriterMetricGroup metrics = context.metricGroup();
        this.rejectedCounter = metrics.counter("numDocumentsRejected");
        this.retriedCounter = metrics.counter("numDocumentsRetried");
        this.sendErrorsCounter = metrics.getNumRecordsSendErrorsCounter();
        this.outErrorsCounter = metrics.getNumRecordsOutErrorsCounter();
        try {
            rejectedDocuments.open();
        } catch (Exception e) {
            throw new IOException("Could not open the rejected-document handler", e);
        }
    }

    @Override
    protected void submitRequestEntries(List<IndexRequestEntry> entries, ResultHandler<IndexRequestEntry> result) {
        client.bulk(bulkRequest(entries)).whenCompleteAsync((response, failure) -> {
            try {
                if (failure != null) {
                    onRequestFailure(entries, failure, result);
                } else {
                    onResponse(entries, response, result);
                }
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        }, responses);
    }

    @Override
    protected long getSizeInBytes(IndexRequestEntry entry) {
        return entry.sizeInBytes();
    }

    private static BulkRequest bulkRequest(List<IndexRequestEntry> entries) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (IndexRequestEntry entry : entries) {
            BinaryData source = BinaryData.of(entry.source(), ContentType.APPLICATION_JSON);
            bulk.operations(op -> op.index(index -> index.index(entry.index()).id(entry.id()).document(source)));
        }
        return bulk.build();
    }

    private void onResponse(List<IndexRequestEntry> entries, BulkResponse response,
            ResultHandler<IndexRequestEntry> result) throws Exception {
        List<BulkResponseItem> items = response.items();
        if (items.size() != entries.size()) {
            throw new IllegalStateException("Bulk response has " + items.size() + " items for " + entries.size()
                    + " documents");
        }
        List<IndexRequestEntry> retries = new ArrayList<>();
        String retryCause = null;
        int rejected = 0;
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null) {
                continue;
            }
            IndexRequestEntry entry = entries.get(i);
            String reason = ElasticsearchFailures.describe(item.error());
            if (ElasticsearchFailures.isRetryableStatus(item.status())) {
                retries.add(entry);
                retryCause = item.status() + " " + reason;
            } else {
                rejectedDocuments.reject(new DeadLetter(
                        INDEX_STAGE, reason, entry.origin(), System.currentTimeMillis(), entry.source()));
                rejected++;
            }
        }
        if (rejected > 0) {
            rejectedDocuments.flush();
            rejectedCounter.inc(rejected);
            outErrorsCounter.inc(rejected);
            sendErrorsCounter.inc(rejected);
        }
        if (retries.isEmpty()) {
            recovered();
            result.complete();
        } else {
            retryLater(retries, retryCause, result);
        }
    }

    private void onRequestFailure(List<IndexRequestEntry> entries, Throwable failure,
            ResultHandler<IndexRequestEntry> result) {
        if (ElasticsearchFailures.isRetryable(failure)) {
            retryLater(entries, ElasticsearchFailures.describe(failure), result);
        } else {
            result.completeExceptionally(new IOException("Elasticsearch refused a bulk request of "
                    + entries.size() + " documents: " + ElasticsearchFailures.describe(failure), failure));
        }
    }

    private void retryLater(List<IndexRequestEntry> entries, String cause, ResultHandler<IndexRequestEntry> result) {
        consecutiveFailures++;
        Duration delay = backoff.delayAfter(consecutiveFailures);
        if (consecutiveFailures == 1) {
            LOG.warn("Elasticsearch could not take {} documents now ({}); retrying with backoff up to {} s",
                    entries.size(), cause, backoff.max().toSeconds());
        }
        retriedCounter.inc(entries.size());
        sendErrorsCounter.inc(entries.size());
        responses.schedule(() -> result.retryForEntries(entries), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void recovered() {
        if (consecutiveFailures > 0) {
            LOG.info("Elasticsearch takes documents again after {} retried requests", consecutiveFailures);
            consecutiveFailures = 0;
        }
    }

    @Override
    public void close() {
        // Pending retries are dropped on purpose: the job is stopping, and records after the last checkpoint
        // are replayed on restart (same ids, so nothing duplicates).
        responses.shutdownNow();
        try {
            transport.close();
        } catch (IOException e) {
            LOG.warn("Could not close the Elasticsearch client: {}", e.toString());
        }
        try {
            rejectedDocuments.close();
        } catch (Exception e) {
            LOG.warn("Could not close the rejected-document handler: {}", e.toString());
        }
        super.close();
    }
}
