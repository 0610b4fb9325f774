package io.undercurrent.jobs.embedded;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP endpoint on 127.0.0.1 (the JDK's HTTP server, on a free port) that hands every request it gets to a
 * {@link Handler} and answers with the status the handler returns: a local stand-in for the services alerts are
 * delivered to.
 */
public final class WebhookEndpoint implements AutoCloseable {

    /** One request as it arrived: path, headers (lower-case names) and the raw body. */
    public record Request(String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** Decides the HTTP status of a request; may block, e.g. to play a slow receiver. */
    @FunctionalInterface
    public interface Handler {
        int handle(Request request) throws InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads;

    private WebhookEndpoint(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static WebhookEndpoint start(Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "webhook-endpoint");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
            int status;
            try {
                status = handler.handle(new Request(exchange.getRequestURI().getPath(), headers, body));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = 503;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return new WebhookEndpoint(server, threads);
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "webhook endpoint " + url("/");
    }
}
