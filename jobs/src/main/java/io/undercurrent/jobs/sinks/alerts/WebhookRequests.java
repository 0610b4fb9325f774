package io.undercurrent.jobs.sinks.alerts;

import io.undercurrent.jobs.records.Alert;
import java.net.http.HttpRequest;
import java.time.Duration;

/** The HTTP request delivering one alert to one webhook, in the webhook's format. */
final class WebhookRequests {
    private WebhookRequests() {}

    static HttpRequest build(WebhookTarget target, Alert alert, Duration timeout) {
        byte[] body = target.format() == WebhookTarget.Format.SLACK ? SlackPayload.of(alert) : AlertJson.toBytes(alert);
        HttpRequest.Builder request = HttpRequest.newBuilder(target.url())
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "undercurrent-alerts")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (target.format() == WebhookTarget.Format.JSON) {
            request.header(HmacSignature.HEADER, HmacSignature.sign(target.secret(), body));
        }
        return request.build();
    }
}
