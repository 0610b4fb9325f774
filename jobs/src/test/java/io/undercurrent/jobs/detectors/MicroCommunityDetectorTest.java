package io.undercurrent.jobs.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.EvidencePost;
import io.undercurrent.jobs.records.WindowStats;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MicroCommunityDetectorTest {
    private final DetectorSettings settings = DetectorSettings.defaults();
    private final MicroCommunityDetector detector = new MicroCommunityDetector(settings);
    private final Windows traffic = new Windows(3);
    private final MicroCommunityState state = new MicroCommunityState();

    /** Two quiet days at {@code mean} posts per window, 20% negative. */
    private int history(double mean) {
        int w = 0;
        for (; w < 2 * Windows.PER_DAY; w++) {
            detector.update(state, traffic.window("m", w, traffic.poisson(mean), 0.2));
        }
        return w;
    }

    private Assessment judge(WindowStats window) {
        List<Assessment> out = detector.update(state, window);
        return out.get(out.size() - 1);
    }

    @Test
    void volumeSurgeWithNegativeShiftIsACrisisWithOneAlert() {
        int w = history(10);
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Assessment a = judge(traffic.window("m", w + i, 60, 0.7));
            assertThat(a.hasSignal(Alert.SignalKind.CRISIS_SPIKE)).isTrue();
            if (a.alert() != null) {
                alerts.add(a.alert());
            }
        }
        assertThat(alerts).isNotEmpty();
        assertThat(alerts).extracting(a -> a.alertId).containsOnly(alerts.get(0).alertId);
        Alert opened = alerts.get(0);
        assertThat(opened.state).isEqualTo(Alert.State.OPEN);
        assertThat(opened.microCommunity).isEqualTo("m");
        assertThat(opened.startTime).isEqualTo(Windows.start(w));
        Alert.Signal crisis = opened.signals.stream().filter(s -> s.kind == Alert.SignalKind.CRISIS_SPIKE)
                .findFirst().orElseThrow();
        assertThat(crisis.observed).isEqualTo(60.0);
        assertThat(crisis.expected).isBetween(7.0, 13.0);
        assertThat(crisis.spread).isPositive();
    }

    @Test
    void crisisResolvesWhenTrafficReturnsToBaseline() {
        int w = history(10);
        for (int i = 0; i < 4; i++) {
            judge(traffic.window("m", w++, 60, 0.7));
        }
        Alert resolved = null;
        for (int i = 0; i < 36 && resolved == null; i++) {
            Alert a = judge(traffic.window("m", w++, traffic.poisson(10), 0.2)).alert();
            if (a != null && a.state == Alert.State.RESOLVED) {
                resolved = a;
            }
        }
        assertThat(resolved).isNotNull();
        assertThat(resolved.resolvedTime).isNotNull();
        assertThat(resolved.history).extracting(t -> t.state).contains(Alert.State.OPEN, Alert.State.RESOLVED);
    }

    @Test
    void threeAngryPostsInAQuietChannelAreNotACrisis() {
        int w = history(0.2);
        Assessment a = judge(traffic.window("m", w, 4, 1.0));
        assertThat(a.hasSignal(Alert.SignalKind.CRISIS_SPIKE)).isFalse();
        assertThat(a.sentiment().evidence()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aSmallCommunitysCrisisShowsAcrossSeveralSparseWindows() {
        int w = history(0.4);
        boolean crisis = false;
        for (int i = 0; i < 6 && !crisis; i++) {
            Assessment a = judge(traffic.window("m", w + i, 3, 1.0));
            assertThat(a.window().postCount).as("no single window reaches the minimum").isLessThan(settings.minCrisisPosts);
            crisis = a.hasSignal(Alert.SignalKind.CRISIS_SPIKE);
        }
        assertThat(crisis).isTrue();
    }

    @Test
    void anAngryWindowOfUsualVolumeAfterASlowRiseIsNotACrisis() {
        int w = history(10);
        for (int i = 0; i < 12; i++) {
            judge(traffic.window("m", w++, 16, 0.2));
        }
        Assessment a = judge(traffic.window("m", w, 10, 0.9));
        assertThat(a.volume().surgeEvidence()).as("the slow rise is still remembered").isGreaterThan(settings.crisisVolumeFraction);
        assertThat(a.sentiment().evidence()).isGreaterThanOrEqualTo(1.0);
        assertThat(a.hasSignal(Alert.SignalKind.CRISIS_SPIKE)).isFalse();
    }

    @Test
    void aHappySurgeIsNotACrisis() {
        int w = history(10);
        Assessment a = judge(traffic.window("m", w, 60, 0.2));
        assertThat(a.volume().surgeEvidence()).isGreaterThanOrEqualTo(1.0);
        assertThat(a.hasSignal(Alert.SignalKind.CRISIS_SPIKE)).isFalse();
    }

    @Test
    void silenceIsJudgedAsEmptyWindowsAndIsADrop() {
        int w = history(20);
        // Nothing arrives for an hour; the next window shows the gap was judged window by window.
        List<Assessment> out = detector.update(state, traffic.window("m", w + 12, traffic.poisson(20), 0.2));
        assertThat(out).hasSize(13);
        assertThat(out.get(0).window().postCount).isZero();
        assertThat(out.subList(0, 12)).anyMatch(a -> a.hasSignal(Alert.SignalKind.ACTIVITY_DROP));
    }

    @Test
    void lateReEmissionsAreNotJudgedTwice() {
        int w = history(10);
        assertThat(detector.update(state, traffic.window("m", w - 3, 500, 0.9))).isEmpty();
    }

    @Test
    void emergingTermsAreEvidenceOnTheAlert() {
        int w = history(10);
        WindowStats window = traffic.window("m", w, 60, 0.7);
        window.terms = new String[] {"refund", "recall"};
        window.termCounts = new int[] {30, 12};
        window.mostNegative = new EvidencePost[] {post("test:1", -0.9, 2), post("test:2", -0.7, 40)};
        window.mostEngaged = new EvidencePost[] {post("test:2", -0.7, 40), post("test:3", 0.4, 9)};
        Alert alert = judge(window).alert();
        assertThat(alert).isNotNull();
        assertThat(alert.topTerms).containsExactly("refund", "recall");
        assertThat(alert.mostNegative).extracting(p -> p.id).containsExactly("test:1", "test:2");
        assertThat(alert.mostEngaged).extracting(p -> p.id).containsExactly("test:2", "test:3");
        assertThat(alert.signals).anyMatch(s -> s.kind == Alert.SignalKind.EMERGING_TERM && "refund".equals(s.term));
    }

    @Test
    void evidenceKeepsTheWorstPostsOfTheWholeIncident() {
        int w = history(10);
        settings.evidencePostsOnAlert = 2;
        WindowStats first = traffic.window("m", w, 60, 0.7);
        first.mostNegative = new EvidencePost[] {post("a", -0.5, 0), post("b", -0.4, 0)};
        judge(first);
        WindowStats second = traffic.window("m", w + 1, 90, 0.8);
        second.mostNegative = new EvidencePost[] {post("c", -0.95, 0), post("a", -0.5, 0)};
        assertThat(judge(second).hasSignal(Alert.SignalKind.CRISIS_SPIKE)).isTrue();
        assertThat(state.incidentMostNegative).extracting(p -> p.id).containsExactly("c", "a");
    }

    @Test
    void oneAngryAuthorIsNotACrisis() {
        int w = history(10);
        WindowStats window = traffic.window("m", w, 60, 0.9);
        window.uniqueAuthors = 1;
        assertThat(judge(window).hasSignal(Alert.SignalKind.CRISIS_SPIKE)).isFalse();
        WindowStats many = traffic.window("m", w + 1, 60, 0.9);
        many.uniqueAuthors = 40;
        assertThat(judge(many).hasSignal(Alert.SignalKind.CRISIS_SPIKE)).isTrue();
    }

    @Test
    void theFirstWindowDoesNotLingerInTheSentimentBaseline() {
        // One all-positive first window, then the usual 20% negative: by the end of the warm-up the baseline knows.
        detector.update(state, traffic.window("m", 0, 10, 0.0));
        int w = 1;
        for (; w * Windows.LENGTH < settings.warmupMs; w++) {
            detector.update(state, traffic.window("m", w, 10, 0.2));
        }
        assertThat(judge(traffic.window("m", w, 10, 0.2)).sentiment().expectedNegativeShare()).isBetween(0.12, 0.28);
    }

    private static EvidencePost post(String id, double score, long engagement) {
        EvidencePost post = new EvidencePost();
        post.id = id;
        post.author = "author-" + id;
        post.text = "text of " + id;
        post.score = score;
        post.engagement = engagement;
        return post;
    }
}
