package io.undercurrent.jobs.sinks.alerts;

import io.undercurrent.jobs.embedded.WebhookEndpoint;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A webhook endpoint that records every request it gets. It answers 200 unless told to answer something else
 * first, or to hang until released.
 */
public final class WebhookReceiver implements AutoCloseable {

    private final WebhookEndpoint endpoint;
    private final BlockingQueue<WebhookEndpoint.Request> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedDeque<Integer> scriptedStatuses = new ConcurrentLinkedDeque<>();
    private volatile CountDownLatch hang = new CountDownLatch(0);

    public WebhookReceiver() throws IOException {
        endpoint = WebhookEndpoint.start(request -> {
            received.add(request);
            hang.await();
            Integer status = scriptedStatuses.pollFirst();
            return status == null ? 200 : status;
        });
    }

    public URI url(String path) {
        return endpoint.url(path);
    }

    /** The next requests get these statuses, in order; later ones get 200. */
    public void answer(Integer... statuses) {
        scriptedStatuses.addAll(List.of(statuses));
    }

    /** Requests get no answer until {@link #release}. */
    public void hang() {
        hang = new CountDownLatch(1);
    }

    public void release() {
        hang.countDown();
    }

    /** The next request, waiting up to {@code patience}; null if none came. */
    public WebhookEndpoint.Request next(Duration patience) throws InterruptedException {
        return received.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    public List<WebhookEndpoint.Request> all() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        release();
        endpoint.close();
    }
}
