package io.undercurrent.jobs.sinks.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.embedded.WebhookEndpoint;
import io.undercurrent.jobs.records.Alert;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries to a real HTTP endpoint on this machine: payloads, signatures, retries, and never blocking. */
class WebhookSinkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "s3cret-for-tests";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private WebhookReceiver receiver;
    private final CapturingMetrics metrics = new CapturingMetrics();
    private WebhookSinkWriter writer;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() throws Exception {
        receiver.release();
        if (writer != null) {
            writer.close();
        }
        receiver.close();
    }

    private WebhookSinkWriter writer(int queueCapacity, int maxAttempts, WebhookTarget... targets) {
        WebhookSettings settings = new WebhookSettings(queueCapacity, maxAttempts, Duration.ofMillis(50),
                Duration.ofMillis(200), Duration.ofSeconds(5));
        writer = new WebhookSinkWriter(new WebhookRoutes(List.of(targets)), settings, metrics);
        return writer;
    }

    private WebhookTarget json(String community) {
        return new WebhookTarget("incident-tool", WebhookTarget.Format.JSON, receiver.url("/json"), SECRET,
                List.of(community), List.of(), Alert.Severity.LOW);
    }

    private WebhookTarget slack(String community, Alert.Severity minSeverity) {
        return new WebhookTarget("team-slack", WebhookTarget.Format.SLACK, receiver.url("/slack"), null,
                List.of(community), List.of(), minSeverity);
    }

    private void awaitCount(String metric, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (metrics.count(metric) < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(metrics.count(metric)).as(metric).isEqualTo(expected);
    }

    @Test
    void theJsonPayloadIsTheAlertSignedWithHmacSha256() throws Exception {
        Alert alert = TestAlerts.crisis("novapay", "billing");
        writer(10, 3, json("reddit/novapay")).write(alert, null);

        WebhookEndpoint.Request request = receiver.next(PATIENCE);
        assertThat(request).isNotNull();
        assertThat(request.path()).isEqualTo("/json");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        String signature = request.header(HmacSignature.HEADER);
        assertThat(signature).startsWith("sha256=").hasSize(7 + 64);
        assertThat(HmacSignature.verify(SECRET, request.body(), signature)).isTrue();
        assertThat(HmacSignature.verify("another secret", request.body(), signature)).isFalse();
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("alert_id").asText()).isEqualTo(alert.alertId);
        assertThat(body.path("version").asLong()).isEqualTo(2);
        assertThat(body.path("most_negative").get(0).path("author").asText()).isEqualTo("angry_ann");
        awaitCount("webhookDelivered", 1);
    }

    @Test
    void theSlackPayloadIsAnIncomingWebhookMessageWithEvidenceAndTheDashboard() throws Exception {
        Alert alert = TestAlerts.crisis("novapay", "billing");
        writer(10, 3, slack("reddit/*", Alert.Severity.MEDIUM)).write(alert, null);

        WebhookEndpoint.Request request = receiver.next(PATIENCE);
        assertThat(request.header(HmacSignature.HEADER)).isNull();
        JsonNode message = JSON.readTree(request.body());
        assertThat(message.path("text").asText()).startsWith("Crisis spike: 45 posts").contains("reddit/novapay/billing");
        String blocks = message.path("blocks").toString();
        assertThat(blocks).contains("Charged twice &amp; &lt;no&gt; answer from support", "angry_ann", "refund, charged");
        JsonNode button = message.path("blocks").get(message.path("blocks").size() - 1).path("elements").get(0);
        assertThat(button.path("url").asText()).isEqualTo(alert.dashboardUrl);
    }

    @Test
    void alertsGoOnlyWhereTheyAreRouted() throws Exception {
        WebhookSinkWriter writer = writer(10, 3, json("reddit/novapay"), slack("*", Alert.Severity.CRITICAL));
        writer.write(TestAlerts.crisis("emberfall", "general"), null);
        Alert low = TestAlerts.crisis("novapay", "billing");
        low.severity = Alert.Severity.LOW;
        writer.write(low, null);

        assertThat(receiver.next(PATIENCE).path()).isEqualTo("/json");
        assertThat(receiver.next(Duration.ofMillis(300))).as("nothing else is routed").isNull();
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilDelivered() throws Exception {
        receiver.answer(503, 500);
        writer(10, 5, json("*")).write(TestAlerts.crisis("novapay", "billing"), null);

        awaitCount("webhookDelivered", 1);
        assertThat(receiver.all()).hasSize(3);
        assertThat(metrics.count("webhookRetried")).isEqualTo(2);
        assertThat(metrics.count("webhookFailed")).isZero();
        byte[] first = receiver.all().get(0).body();
        assertThat(receiver.all()).allSatisfy(r -> assertThat(r.body()).isEqualTo(first));
    }

    @Test
    void aRejectedDeliveryIsGivenUpAtOnceAndCounted() throws Exception {
        receiver.answer(400);
        writer(10, 5, json("*")).write(TestAlerts.crisis("novapay", "billing"), null);

        awaitCount("webhookFailed", 1);
        assertThat(receiver.all()).hasSize(1);
        assertThat(metrics.count("webhookRetried")).isZero();
        assertThat(metrics.gaugeValue("webhookPending")).isEqualTo(0);
    }

    @Test
    void anUnreachableWebhookIsGivenUpAfterItsAttempts() throws Exception {
        WebhookTarget nowhere = new WebhookTarget("nowhere", WebhookTarget.Format.JSON,
                java.net.URI.create("http://127.0.0.1:1/hook"), SECRET, List.of("*"), List.of(), Alert.Severity.LOW);
        writer(10, 3, nowhere).write(TestAlerts.crisis("novapay", "billing"), null);

        awaitCount("webhookFailed", 1);
        assertThat(metrics.count("webhookRetried")).isEqualTo(2);
    }

    @Test
    void aHangingWebhookNeverBlocksTheWriterAndOverflowIsDroppedAndCounted() throws Exception {
        receiver.hang();
        WebhookSinkWriter writer = writer(3, 2, json("*"));
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            writer.write(TestAlerts.crisis("novapay", "billing-" + i), null);
        }
        writer.flush(false);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(metrics.count("webhookDropped")).isEqualTo(7);
        assertThat(metrics.gaugeValue("webhookPending")).isEqualTo(3);

        receiver.release();
        awaitCount("webhookDelivered", 3);
    }
}
