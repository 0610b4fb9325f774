package io.undercurrent.jobs.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.sinks.alerts.AlertJson;
import io.undercurrent.jobs.sinks.alerts.HmacSignature;
import io.undercurrent.jobs.sinks.alerts.TestAlerts;
import io.undercurrent.jobs.sinks.alerts.WebhookRoutes;
import io.undercurrent.jobs.sinks.alerts.WebhookTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWebhooksTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private DemoWebhooks webhooks;
    private Map<WebhookTarget.Format, WebhookTarget> routes;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        webhooks = DemoWebhooks.start();
        routes = WebhookRoutes.load(webhooks.writeRoutes(dir.resolve("webhooks.yaml"))).targets().stream()
                .collect(Collectors.toMap(WebhookTarget::format, Function.identity()));
    }

    @AfterEach
    void stop() {
        webhooks.close();
    }

    private int post(URI url, byte[] body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header(HmacSignature.HEADER, signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theRoutesFileSendsEveryCommunityToASignedJsonHookAndASlackHook() {
        assertThat(routes).containsOnlyKeys(WebhookTarget.Format.JSON, WebhookTarget.Format.SLACK);
        Alert anywhere = TestAlerts.crisis("novapay", "billing");
        anywhere.platform = "discourse";
        assertThat(routes.values()).allMatch(target -> target.wants(anywhere, null));
        assertThat(routes.get(WebhookTarget.Format.JSON).secret()).as("a random secret").hasSizeGreaterThan(40);
    }

    @Test
    void signedAlertsAreAcceptedAndReadWhileForgedOnesAreRefused() throws Exception {
        WebhookTarget json = routes.get(WebhookTarget.Format.JSON);
        Alert alert = TestAlerts.crisis("novapay", "billing");
        byte[] body = AlertJson.toBytes(alert);

        assertThat(post(json.url(), body, HmacSignature.sign(json.secret(), body))).isEqualTo(200);
        assertThat(post(json.url(), body, HmacSignature.sign("guessed", body))).isEqualTo(401);
        assertThat(post(json.url(), body, null)).isEqualTo(401);
        assertThat(post(routes.get(WebhookTarget.Format.SLACK).url(), "{\"text\":\"x\"}".getBytes(), null))
                .isEqualTo(200);

        assertThat(webhooks.signedDeliveries()).isEqualTo(1);
        assertThat(webhooks.rejectedDeliveries()).isEqualTo(2);
        assertThat(webhooks.slackDeliveries()).isEqualTo(1);
        DemoWebhooks.Delivery delivery = webhooks.firstDelivery(a -> a.alertId.equals(alert.alertId));
        assertThat(delivery).isNotNull();
        assertThat(delivery.alert().severity).isEqualTo(Alert.Severity.HIGH);
        assertThat(webhooks.firstDelivery(a -> a.platform.equals("discord"))).isNull();
    }
}
