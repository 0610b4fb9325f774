package io.undercurrent.jobs.sinks.alerts;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.sinks.elasticsearch.ExponentialBackoff;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The writer of a {@link WebhookSink}: never waits on the network, except briefly at the end of a bounded input. */
final class WebhookSinkWriter implements SinkWriter<Alert> {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSinkWriter.class);
    private static final Duration END_OF_INPUT_WAIT = Duration.ofSeconds(30);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final AlertRouting routing;
    private final WebhookSettings settings;
    private final ExponentialBackoff backoff;
    private final ScheduledExecutorService threads;
    private final HttpClient client;
    private final AtomicInteger pending = new AtomicInteger();
    /** Webhooks whose latest delivery failed, so each outage is logged once. */
    private final Map<String, Boolean> failing = new ConcurrentHashMap<>();
    private final Counter delivered;
    private final Counter retried;
    private final Counter failed;
    private final Counter dropped;
    private volatile boolean closed;

    WebhookSinkWriter(AlertRouting routing, WebhookSettings settings, MetricGroup metrics) {
        this.routing = routing;
        this.settings = settings;
        this.backoff = new ExponentialBackoff(settings.initialBackoff(), settings.maxBackoff());
        this.threads = Executors.newScheduledThreadPool(1, runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder()
                .executor(threads)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.delivered = metrics.counter("webhookDelivered");
        this.retried = metrics.counter("webhookRetried");
        this.failed = metrics.counter("webhookFailed");
        this.dropped = metrics.counter("webhookDropped");
        metrics.gauge("webhookPending", pending::get);
    }

    @Override
    public void write(Alert alert, Context context) {
        for (WebhookTarget target : routing.targetsFor(alert)) {
            if (pending.incrementAndGet() > settings.queueCapacity()) {
                pending.decrementAndGet();
                dropped.inc();
                failing(target, settings.queueCapacity() + " deliveries already waiting; dropped " + alert.alertId);
                continue;
            }
            send(target, WebhookRequests.build(target, alert, settings.timeout()), 1);
        }
    }

    private void send(WebhookTarget target, HttpRequest request, int attempt) {
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, error) -> settle(target, request, attempt, response, error));
    }

    private void settle(WebhookTarget target, HttpRequest request, int attempt, HttpResponse<Void> response,
            Throwable error) {
        int status = response == null ? 0 : response.statusCode();
        if (error == null && status >= 200 && status < 300) {
            delivered.inc();
            pending.decrementAndGet();
            if (failing.remove(target.name()) != null) {
                LOG.info("{} delivers again", target);
            }
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String reason = cause != null ? cause.toString() : "HTTP " + status;
        boolean retryable = error != null || status == 408 || status == 429 || status >= 500;
        if (retryable && attempt < settings.maxAttempts() && !closed) {
            retried.inc();
            Duration wait = retryAfter(response).orElse(backoff.delayAfter(attempt));
            threads.schedule(() -> send(target, request, attempt + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        failed.inc();
        pending.decrementAndGet();
        failing(target, reason + " after " + attempt + " attempt(s)");
    }

    /** A 429's or 503's Retry-After in seconds, within the longest backoff. */
    private Optional<Duration> retryAfter(HttpResponse<Void> response) {
        if (response == null) {
            return Optional.empty();
        }
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                Duration wait = Duration.ofSeconds(Long.parseLong(value.trim()));
                return Optional.of(wait.compareTo(backoff.max()) > 0 ? backoff.max() : wait);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private void failing(WebhookTarget target, String reason) {
        if (failing.put(target.name(), Boolean.TRUE) == null) {
            LOG.warn("{} is failing: {}. Further failures are only counted (webhookFailed, webhookDropped) until it"
                    + " delivers again.", target, reason);
        }
    }

    @Override
    public void flush(boolean endOfInput) throws InterruptedException {
        // Checkpoints never wait for webhooks; only a bounded input's end gives deliveries in flight a chance.
        if (endOfInput) {
            awaitPending(END_OF_INPUT_WAIT);
        }
    }

    @Override
    public void close() throws InterruptedException {
        awaitPending(CLOSE_WAIT);
        closed = true;
        threads.shutdownNow();
        if (pending.get() > 0) {
            LOG.warn("Closing with {} webhook deliveries unfinished", pending.get());
        }
    }

    private void awaitPending(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (pending.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
