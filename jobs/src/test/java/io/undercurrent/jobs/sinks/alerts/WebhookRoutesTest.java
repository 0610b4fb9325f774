package io.undercurrent.jobs.sinks.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.undercurrent.jobs.config.CommunityRegistry;
import io.undercurrent.jobs.records.Alert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookRoutesTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("routes.yaml"), yaml);
    }

    @Test
    void routesByCommunityPlatformAndSeverity() throws IOException {
        WebhookRoutes routes = WebhookRoutes.load(file("""
                webhooks:
                  - name: novapay-slack
                    format: slack
                    url: https://hooks.slack.com/services/T000/B000/XXXX
                    communities: [reddit/novapay]
                    min-severity: medium
                  - name: mastodon-ops
                    format: json
                    url: http://ops.internal:8088/alerts
                    secret-env: OPS_SECRET
                    communities: ["mastodon/*"]
                  - name: everything
                    format: json
                    url: https://incidents.example.com/hooks
                    secret: inline-secret
                    communities: ["*"]
                """), Map.of("OPS_SECRET", "from-env")::get);

        Alert novapay = TestAlerts.crisis("novapay", "billing");
        assertThat(routes.targetsFor(novapay)).extracting(WebhookTarget::name).containsExactly("novapay-slack", "everything");
        novapay.severity = Alert.Severity.LOW;
        assertThat(routes.targetsFor(novapay)).extracting(WebhookTarget::name).containsExactly("everything");
        Alert mastodon = TestAlerts.crisis("lakeside.social", "#outage");
        mastodon.platform = "mastodon";
        assertThat(routes.targetsFor(mastodon)).extracting(WebhookTarget::name).containsExactly("mastodon-ops", "everything");
        assertThat(routes.targets().get(1).secret()).isEqualTo("from-env");
        assertThat(routes.targets().get(1).toString()).doesNotContain("from-env");
    }

    @Test
    void teamsComeFromTheCommunityRegistry() throws IOException {
        CommunityRegistry registry = CommunityRegistry.parse("""
                reddit:
                  novapay:
                    settings: {routing: {team: social-care}}
                    micro-communities:
                      novapayhelp: {settings: {routing: {team: support}}}
                """, "test registry");
        WebhookRoutes routes = WebhookRoutes.load(file("""
                webhooks:
                  - {name: support-desk, format: json, url: "https://support.example.com/h", secret: s, teams: [support]}
                  - {name: social, format: slack, url: "https://hooks.slack.com/x", teams: [social-care]}
                """)).withTeams((platform, community, micro) ->
                        registry.settings(platform, community, micro).get("routing.team"));

        assertThat(routes.targetsFor(TestAlerts.crisis("novapay", "novapayhelp"))).extracting(WebhookTarget::name)
                .containsExactly("support-desk");
        assertThat(routes.targetsFor(TestAlerts.crisis("novapay", "novapaycard"))).extracting(WebhookTarget::name)
                .as("the community's team").containsExactly("social");
        assertThat(routes.targetsFor(TestAlerts.crisis("unregistered", "x"))).isEmpty();
    }

    @Test
    void mistakesAreNamedWithTheirWebhook() throws IOException {
        Path noSecret = file("""
                webhooks:
                  - name: ok
                    format: slack
                    url: https://hooks.slack.com/x
                    communities: ["*"]
                  - name: unsigned
                    format: json
                    url: https://example.com/x
                    communities: ["*"]
                """);
        assertThatThrownBy(() -> WebhookRoutes.load(noSecret)).hasMessageContaining("webhook #2")
                .hasMessageContaining("needs a secret");
        Path missingEnv = file("""
                webhooks:
                  - {name: x, format: json, url: "https://example.com/x", secret-env: NOT_SET_ANYWHERE, communities: ["*"]}
                """);
        assertThatThrownBy(() -> WebhookRoutes.load(missingEnv, name -> null)).hasMessageContaining("NOT_SET_ANYWHERE");
        Path badScheme = file("""
                webhooks:
                  - {name: x, format: slack, url: "ftp://example.com/x", communities: ["*"]}
                """);
        assertThatThrownBy(() -> WebhookRoutes.load(badScheme)).hasMessageContaining("http or https");
        Path noCommunities = file("""
                webhooks:
                  - {name: x, format: slack, url: "https://example.com/x"}
                """);
        assertThatThrownBy(() -> WebhookRoutes.load(noCommunities)).hasMessageContaining("communities")
                .hasMessageContaining("teams");
        assertThatThrownBy(() -> WebhookRoutes.load(dir.resolve("absent.yaml"))).hasMessageContaining("not found");
    }
}
