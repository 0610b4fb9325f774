package io.undercurrent.jobs.sinks.alerts;

import io.undercurrent.jobs.records.Alert;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Delivers alerts to the webhooks {@link AlertRouting} names for them: a Slack-compatible message or the alert JSON
 * signed with HMAC-SHA256 ({@link HmacSignature}). Delivery is asynchronous and best-effort: a slow or failing
 * webhook never blocks, backpressures or fails the job. Deliveries are retried with exponential backoff, bounded
 * by a queue; what is dropped or given up is counted in metrics and logged once per outage. Webhooks are not part of
 * checkpoints (the Kafka topic and the index are the durable record), so a restart may skip or repeat a delivery;
 * receivers can de-duplicate by alert id and version.
 */
public final class WebhookSink implements Sink<Alert> {
    private static final long serialVersionUID = 1L;

    private final AlertRouting routing;
    private final WebhookSettings settings;

    public WebhookSink(AlertRouting routing, WebhookSettings settings) {
        this.routing = routing;
        this.settings = settings;
    }

    @Override
    public SinkWriter<Alert> createWriter(WriterInitContext context) {
        return new WebhookSinkWriter(routing, settings, context.metricGroup());
    }
}
