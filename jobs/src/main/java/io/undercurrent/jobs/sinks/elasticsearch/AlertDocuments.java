package io.undercurrent.jobs.sinks.elasticsearch;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.sinks.alerts.AlertJson;
import java.time.Instant;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;

/**
 * An alert as a document of the daily alerts index of its incident's start day (template
 * {@code elasticsearch/undercurrent-alerts.json}): {@link AlertJson} plus {@code indexed_at}. The id is the alert id
 * and the index follows the start time, so every update of an incident overwrites one document. Updates of one
 * incident reach the sink in order; the alerts sink sends one bulk request at a time so they stay in order.
 */
public final class AlertDocuments implements ElementConverter<Alert, IndexRequestEntry> {

    private static final long serialVersionUID = 1L;
    public static final String INDEX_PREFIX = "undercurrent-alerts";

    @Override
    public IndexRequestEntry apply(Alert alert, SinkWriter.Context context) {
        byte[] source = AlertJson.toBytes(AlertJson.toTree(alert)
                .put("indexed_at", Instant.ofEpochMilli(System.currentTimeMillis()).toString()));
        return new IndexRequestEntry(DailyIndex.name(INDEX_PREFIX, alert.startTime), alert.alertId, source);
    }
}
