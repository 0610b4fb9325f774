package io.undercurrent.jobs.sinks.alerts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A webhook endpoint on 127.0.0.1 (the JDK's HTTP server) that records every request it gets. It answers 200
 * unless told to answer something else first, or to hang until released.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived: path, headers (lower-case names) and the raw body. */
    public record Received(String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedDeque<Integer> scriptedStatuses = new ConcurrentLinkedDeque<>();
    private volatile CountDownLatch hang = new CountDownLatch(0);

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "webhook-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(java.util.Locale.ROOT), new ArrayList<>(values)));
            received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
            try {
                hang.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Integer status = scriptedStatuses.pollFirst();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
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
    public Received next(Duration patience) throws InterruptedException {
        return received.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    public List<Received> all() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
