package io.undercurrent.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.undercurrent.jobs.config.DemoOptions;
import io.undercurrent.jobs.config.MonitorConfig;
import io.undercurrent.jobs.embedded.EmbeddedMonitor;
import io.undercurrent.jobs.generator.Catalogue;
import io.undercurrent.jobs.generator.MicroCommunity;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.sinks.elasticsearch.AlertDocuments;
import io.undercurrent.jobs.sinks.elasticsearch.ElasticsearchClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The demo as a user starts it, on free ports and with live traffic played 10 times faster: its history goes
 * through the job, the scripted crisis raises an alert that reaches the terminal from the Kafka alerts topic,
 * the Elasticsearch alerts index and the signed-JSON webhook, and the summary shows every micro-community's
 * micro-maps and health.
 */
class DemoITCase {
    private static final Duration PATIENCE = Duration.ofMinutes(6);
    private static final String CRISIS = "reddit/novapay/novapay";

    @Test
    void theScriptedCrisisIsAlertedEverywhereAndEveryMicroCommunityShowsItsHealth() throws Exception {
        Map<String, String> settings = Map.of(
                DemoOptions.KAFKA_PORT.key(), "0",
                DemoOptions.ELASTICSEARCH_PORT.key(), "0",
                DemoOptions.WEB_UI_PORT.key(), "0",
                DemoOptions.TRAFFIC_SPEEDUP.key(), "10");
        try (EmbeddedMonitor monitor = EmbeddedMonitor.start(MonitorConfig.load(null, settings));
                DemoSummary summary = new DemoSummary(monitor)) {
            assertThat(monitor.historyPosts()).as("40 minutes of history at about 20 posts/s").isGreaterThan(30_000);
            EmbeddedMonitor.ScriptedCrisis crisis = monitor.scriptedCrisis();
            assertThat(crisis.platform() + "/" + crisis.community() + "/" + crisis.microCommunity()).isEqualTo(CRISIS);

            String screen = "";
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            // The incident may open on another signal (e.g. an engagement surge) and show the crisis spike once
            // a later window of the crisis adds it.
            while (!screen.contains("Scripted crisis in " + CRISIS + " since") || !screen.contains("alert (")
                    || !screen.contains("signed webhook") || !screen.contains("Crisis spike")) {
                assertThat(System.nanoTime()).as("the crisis alert and its crisis spike within %s; last screen:%n%s",
                        PATIENCE, screen).isLessThan(deadline);
                Thread.sleep(2_000);
                screen = summary.render();
            }

            assertThat(screen).contains("members").contains("staff").contains("most negative:").contains("most engaged:");
            for (MicroCommunity micro : Catalogue.demo().microCommunities()) {
                assertThat(screen.lines().filter(line -> line.contains(" " + micro.microCommunity() + " ")))
                        .as("a row for %s", micro.key()).isNotEmpty();
            }
            Predicate<Alert> aboutTheCrisis = alert -> alert.platform.equals("reddit")
                    && alert.community.equals("novapay") && "novapay".equals(alert.microCommunity);
            assertThat(monitor.webhooks().firstDelivery(aboutTheCrisis)).as("signed webhook delivery").isNotNull();
            assertThat(monitor.webhooks().rejectedDeliveries()).isZero();
            // The Slack hook and the alerts index (written in bulk batches) may trail the signed hook by seconds.
            assertThat(eventually(() -> monitor.webhooks().slackDeliveries(), deadline)).as("Slack messages")
                    .isPositive();
            assertThat(eventually(() -> crisisAlertsIndexed(monitor), deadline)).as("crisis alerts in Elasticsearch")
                    .isPositive();
        }
    }

    /** A count read again each second until it is positive or the deadline (a nano time) passes. */
    private static long eventually(Callable<Long> count, long deadline) throws Exception {
        long value = count.call();
        while (value == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            value = count.call();
        }
        return value;
    }

    private static long crisisAlertsIndexed(EmbeddedMonitor monitor) throws Exception {
        try (RestClientTransport transport = ElasticsearchClients.transport(List.of(monitor.elasticsearchUrl()))) {
            ElasticsearchClient client = new ElasticsearchClient(transport);
            client.indices().refresh(r -> r.index(AlertDocuments.INDEX_PREFIX + "-*"));
            return client.count(c -> c.index(AlertDocuments.INDEX_PREFIX + "-*")
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.term(t -> t.field("community").value("novapay")))
                            .filter(f -> f.term(t -> t.field("micro_community").value("novapay")))))).count();
        }
    }
}
