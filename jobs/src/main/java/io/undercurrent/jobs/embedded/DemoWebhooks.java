package io.undercurrent.jobs.embedded;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.sinks.alerts.AlertJson;
import io.undercurrent.jobs.sinks.alerts.HmacSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The demo's webhook receivers, standing in for a team's incident tool and Slack: a signed JSON webhook that checks
 * every delivery's HMAC-SHA256 signature, and a Slack-compatible one. {@link #writeRoutes} writes the routes file
 * that sends every community's alerts to both.
 */
public final class DemoWebhooks implements AutoCloseable {

    static final String JSON_PATH = "/incidents";
    static final String SLACK_PATH = "/slack";

    /** A JSON delivery with a valid signature, and when (epoch millis) it arrived. */
    public record Delivery(Alert alert, long receivedAt) {}

    private final String secret;
    private final WebhookEndpoint endpoint;
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong slack = new AtomicLong();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    private DemoWebhooks(String secret) throws IOException {
        this.secret = secret;
        this.endpoint = WebhookEndpoint.start(this::receive);
    }

    /** Receivers on a free local port, with a fresh random signing secret. */
    public static DemoWebhooks start() throws IOException {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return new DemoWebhooks(HexFormat.of().formatHex(secret));
    }

    private int receive(WebhookEndpoint.Request request) {
        if (request.path().equals(SLACK_PATH)) {
            slack.incrementAndGet();
            return 200;
        }
        if (!request.path().equals(JSON_PATH)
                || !HmacSignature.verify(secret, request.body(), request.header(HmacSignature.HEADER))) {
            rejected.incrementAndGet();
            return 401;
        }
        try {
            deliveries.add(new Delivery(AlertJson.fromBytes(request.body()), System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            rejected.incrementAndGet();
            return 400;
        }
        return 200;
    }

    /** Writes the routes file ({@code alerts.webhooks.routes-file}) that sends every alert to both receivers. */
    public Path writeRoutes(Path file) throws IOException {
        return Files.writeString(file, String.format("""
                # Written by the demo: every community's alerts go to its local webhook receivers.
                webhooks:
                  - {name: demo-incidents, format: json, url: "%s", secret: %s, communities: ["*"]}
                  - {name: demo-slack, format: slack, url: "%s", communities: ["*"]}
                """, endpoint.url(JSON_PATH), secret, endpoint.url(SLACK_PATH)));
    }

    /** JSON deliveries whose signature checked out. */
    public long signedDeliveries() {
        return deliveries.size();
    }

    /** Deliveries refused: a wrong or missing signature, or a body that is not an alert. */
    public long rejectedDeliveries() {
        return rejected.get();
    }

    public long slackDeliveries() {
        return slack.get();
    }

    /** The first signed delivery of an alert that matches, or null before it came. */
    public Delivery firstDelivery(Predicate<Alert> matches) {
        return deliveries.stream().filter(d -> matches.test(d.alert())).findFirst().orElse(null);
    }

    @Override
    public void close() {
        endpoint.close();
    }

    @Override
    public String toString() {
        return "demo webhooks at " + endpoint.url("/");
    }
}
