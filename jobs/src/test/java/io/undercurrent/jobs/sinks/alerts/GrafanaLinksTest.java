package io.undercurrent.jobs.sinks.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.Alert;
import org.junit.jupiter.api.Test;

class GrafanaLinksTest {
    private final GrafanaLinks links = new GrafanaLinks("https://grafana.example.com/");

    @Test
    void anOpenAlertLinksTheCrisisRoomFilteredToItsMicroCommunityUntilNow() {
        Alert alert = TestAlerts.crisis("forum.hearthlight.dev", "Bugs & Crashes");
        assertThat(links.forAlert(alert)).isEqualTo("https://grafana.example.com/d/undercurrent-crisis-room/crisis-room"
                + "?from=" + (TestAlerts.START - 3_600_000) + "&to=now&var-platform=reddit"
                + "&var-community=forum.hearthlight.dev&var-micro_community=Bugs%20%26%20Crashes");
    }

    @Test
    void aResolvedCommunityAlertLinksAllItsMicroCommunitiesUpToHalfAnHourAfter() {
        Alert alert = TestAlerts.crisis("novapay", null);
        alert.microCommunity = null;
        alert.resolvedTime = TestAlerts.START + 7_200_000;
        assertThat(links.forAlert(alert)).endsWith("&to=" + (TestAlerts.START + 9_000_000)
                + "&var-platform=reddit&var-community=novapay&var-micro_community=%24__all");
    }
}
