package io.undercurrent.jobs.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.detectors.DetectorSettings;
import io.undercurrent.jobs.detectors.MicroCommunityState;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.WindowStats;
import io.undercurrent.jobs.sinks.alerts.GrafanaLinks;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The detectors inside their Flink operator: one community with three micro-communities, 1-minute micro-maps,
 * watermarks as the micro-map stage sends them. History covers the detectors' 2-hour warm-up.
 */
class DetectAnomaliesFunctionTest {
    private static final String BILLING = "billing";
    private static final List<String> QUIET = List.of("general", "cards");
    private static final int HISTORY = 180;

    private final DetectorSettings settings = DetectorSettings.defaults();
    private final CommunityTraffic traffic = new CommunityTraffic(11);
    private KeyedOneInputStreamOperatorTestHarness<String, WindowStats, Alert> harness;

    @BeforeEach
    void open() throws Exception {
        harness = newHarness();
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private KeyedOneInputStreamOperatorTestHarness<String, WindowStats, Alert> newHarness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new DetectAnomaliesFunction(settings, new GrafanaLinks("http://grafana:3000/"))),
                WindowStats::communityKey, Types.STRING);
    }

    /** One minute of micro-maps, then the watermark the micro-map stage sends after them. */
    private void minute(int minute, List<MicroMap> maps) throws Exception {
        for (MicroMap map : maps) {
            harness.processElement(WindowStats.fromMicroMap(map), map.windowEnd - 1);
        }
        harness.processWatermark(CommunityTraffic.end(minute) - 1);
    }

    private List<MicroMap> quietMinute(int minute) {
        return quietMinute(minute, 5);
    }

    private List<MicroMap> quietMinute(int minute, double billingMean) {
        return List.of(traffic.quiet("general", minute, 6), traffic.quiet("cards", minute, 4),
                traffic.quiet(BILLING, minute, billingMean));
    }

    private List<MicroMap> billingCrisis(int minute, long posts) {
        return List.of(traffic.quiet("general", minute, 6), traffic.quiet("cards", minute, 4),
                traffic.map(BILLING, minute, posts, 0.85, "refund", "charged", "card"));
    }

    private int history() throws Exception {
        return history(5);
    }

    private int history(double billingMean) throws Exception {
        for (int m = 0; m < HISTORY; m++) {
            minute(m, quietMinute(m, billingMean));
        }
        return HISTORY;
    }

    private List<Alert> alerts() {
        return new ArrayList<>(harness.extractOutputValues());
    }

    private List<Alert> alertsOf(String micro) {
        return alerts().stream().filter(a -> micro.equals(a.microCommunity)).toList();
    }

    @Test
    void aCrisisInOneMicroCommunityIsOneIncidentWithEvidenceAndTheQuietOnesRaiseNothing() throws Exception {
        int m = history();
        assertThat(alerts()).as("quiet history").isEmpty();
        for (int i = 0; i < 10; i++, m++) {
            minute(m, billingCrisis(m, 45));
        }
        for (int i = 0; i < 60; i++, m++) {
            minute(m, quietMinute(m));
        }

        List<Alert> billing = alertsOf(BILLING);
        assertThat(billing).isNotEmpty();
        assertThat(billing).extracting(a -> a.alertId).containsOnly(billing.get(0).alertId);
        assertThat(billing).extracting(a -> a.version).isSorted().doesNotHaveDuplicates();
        Alert opened = billing.get(0);
        assertThat(opened.state).isEqualTo(Alert.State.OPEN);
        assertThat(opened.startTime).isEqualTo(CommunityTraffic.START + HISTORY * CommunityTraffic.MINUTE);
        assertThat(opened.updateTime).as("emitted with the first crisis window").isEqualTo(CommunityTraffic.end(HISTORY));
        assertThat(opened.signals).anyMatch(s -> s.kind == Alert.SignalKind.CRISIS_SPIKE && s.observed == 45);
        assertThat(opened.topTerms).contains("refund", "charged");
        assertThat(opened.mostNegative).isNotEmpty().allMatch(p -> p.score < 0 && p.text.contains("charged twice"));
        assertThat(opened.mostEngaged).isNotEmpty();
        assertThat(opened.dashboardUrl).startsWith("http://grafana:3000/d/undercurrent-crisis-room/crisis-room?from=")
                .contains("&var-platform=reddit&var-community=novapay&var-micro_community=billing");
        assertThat(billing.get(billing.size() - 1).state).isEqualTo(Alert.State.RESOLVED);
        for (String quiet : QUIET) {
            assertThat(alertsOf(quiet)).as(quiet).isEmpty();
        }
    }

    @Test
    void aGrowingCrisisEscalatesTheSameAlert() throws Exception {
        int m = history();
        for (int i = 0; i < 40; i++, m++) {
            minute(m, billingCrisis(m, 30 + 3L * i));
        }
        List<Alert> billing = alertsOf(BILLING);
        assertThat(billing).extracting(a -> a.alertId).containsOnly(billing.get(0).alertId);
        assertThat(billing).anyMatch(a -> a.state == Alert.State.ESCALATED);
        assertThat(billing.get(billing.size() - 1).severity).isGreaterThan(billing.get(0).severity);
    }

    @Test
    void aMicroCommunityThatFallsSilentResolvesOnTimeWithoutAnotherWindowOfItsOwn() throws Exception {
        // Small enough that its silence is no activity drop (which would hold the incident open).
        int m = history(1.5);
        int crisisEnd = m + 8;
        for (; m < crisisEnd; m++) {
            minute(m, billingCrisis(m, 45));
        }
        for (int i = 0; i < 40; i++, m++) {
            minute(m, List.of(traffic.quiet("general", m, 6), traffic.quiet("cards", m, 4)));
        }
        Alert last = alertsOf(BILLING).get(alertsOf(BILLING).size() - 1);
        assertThat(last.state).isEqualTo(Alert.State.RESOLVED);
        assertThat(last.resolvedTime).isBetween(CommunityTraffic.end(crisisEnd) + settings.resolveAfterMs - 60_000,
                CommunityTraffic.end(crisisEnd) + settings.resolveAfterMs + 5 * 60_000);
    }

    @Test
    void firingAgainWithinTheCooldownReopensTheSameAlertAndLaterOpensANewOne() throws Exception {
        int m = history();
        List<String> ids = new ArrayList<>();
        int cooldownMinutes = (int) (settings.cooldownMs / 60_000);
        for (int gap : new int[] {30, cooldownMinutes + 30}) {
            for (int i = 0; i < 6; i++, m++) {
                minute(m, billingCrisis(m, 45));
            }
            for (int i = 0; i < 20 + gap; i++, m++) {
                minute(m, quietMinute(m));
            }
        }
        for (int i = 0; i < 6; i++, m++) {
            minute(m, billingCrisis(m, 45));
        }
        List<Alert> billing = alertsOf(BILLING);
        billing.forEach(a -> {
            if (!ids.contains(a.alertId)) {
                ids.add(a.alertId);
            }
        });
        assertThat(ids).as("the first two crises are one incident, the third (after the cooldown) another").hasSize(2);
        Alert reopened = billing.stream().filter(a -> a.alertId.equals(ids.get(0))
                && a.history.get(a.history.size() - 1).note.contains("reopened")).findFirst().orElseThrow();
        assertThat(reopened.state).isEqualTo(Alert.State.OPEN);
    }

    @Test
    void childIncidentsAreGroupedUnderTheCommunityIncident() throws Exception {
        int m = history();
        for (int i = 0; i < 10; i++, m++) {
            minute(m, List.of(traffic.map("general", m, 50, 0.85, "outage"), traffic.map("cards", m, 40, 0.85, "outage"),
                    traffic.map(BILLING, m, 45, 0.85, "outage")));
        }
        List<Alert> community = alerts().stream().filter(a -> a.microCommunity == null).toList();
        assertThat(community).isNotEmpty();
        String parent = community.get(0).alertId;
        assertThat(community.get(0).dashboardUrl).contains("var-micro_community=%24__all");
        for (String micro : List.of("general", "cards", BILLING)) {
            List<Alert> child = alertsOf(micro);
            assertThat(child).as(micro).isNotEmpty();
            assertThat(child.get(child.size() - 1).parentAlertId).as(micro).isEqualTo(parent);
            assertThat(child).extracting(a -> a.version).as(micro).isSorted().doesNotHaveDuplicates();
        }
        assertThat(alerts().stream().filter(a -> parent.equals(a.alertId)).reduce((a, b) -> b).orElseThrow().childAlertIds)
                .hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void aLateReEmissionOfAJudgedWindowChangesNothing() throws Exception {
        int m = history();
        harness.processElement(WindowStats.fromMicroMap(traffic.map(BILLING, m - 5, 400, 0.95, "refund")),
                CommunityTraffic.end(m - 5) - 1);
        minute(m, quietMinute(m));
        assertThat(alerts()).isEmpty();
    }

    @Test
    void theEndOfABoundedInputIsNotSilence() throws Exception {
        history();
        harness.processWatermark(Long.MAX_VALUE);
        assertThat(alerts()).isEmpty();
    }

    @Test
    void aNewMicroCommunityBorrowsItsCommunitysDailyShape() throws Exception {
        int m = 0;
        for (; m < 26 * 60; m++) {
            double daily = Math.exp(0.8 * Math.cos(2 * Math.PI * (m / 60.0 - 15) / 24));
            minute(m, List.of(traffic.quiet("general", m, 4 * daily), traffic.quiet("cards", m, 3 * daily)));
        }
        minute(m, List.of(traffic.quiet("general", m, 4), traffic.quiet("newcomers", m, 3)));

        MicroCommunityState newcomer = stateOf("newcomers");
        assertThat(newcomer.volume.baseline.borrowedShape).isTrue();
        assertThat(newcomer.volume.baseline.hourOfDay[15]).as("busy afternoons").isGreaterThan(0.3);
        assertThat(stateOf("general").volume.baseline.borrowedShape).isFalse();
    }

    @Test
    void anOpenIncidentSurvivesACheckpointAndResolvesUnderTheSameId() throws Exception {
        int m = history();
        for (int i = 0; i < 5; i++, m++) {
            minute(m, billingCrisis(m, 45));
        }
        String id = alertsOf(BILLING).get(0).alertId;
        OperatorSubtaskState snapshot = harness.snapshot(1L, 0L);
        harness.close();

        harness = newHarness();
        harness.initializeState(snapshot);
        harness.open();
        for (int i = 0; i < 40; i++, m++) {
            minute(m, quietMinute(m));
        }
        List<Alert> billing = alertsOf(BILLING);
        assertThat(billing).isNotEmpty().allMatch(a -> a.alertId.equals(id));
        assertThat(billing.get(billing.size() - 1).state).isEqualTo(Alert.State.RESOLVED);
    }

    private MicroCommunityState stateOf(String micro) throws Exception {
        harness.getOperator().setCurrentKey(CommunityTraffic.PLATFORM + "/" + CommunityTraffic.COMMUNITY);
        MapState<String, MicroCommunityState> states = harness.getOperator().getKeyedStateBackend().getPartitionedState(
                VoidNamespace.INSTANCE, VoidNamespaceSerializer.INSTANCE,
                new MapStateDescriptor<>("micro-communities", Types.STRING, TypeInformation.of(MicroCommunityState.class)));
        return states.get(micro);
    }
}
