package io.undercurrent.jobs.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.WindowStats;
import org.junit.jupiter.api.Test;

class LevelAnomalyDetectorTest {
    private final DetectorSettings settings = DetectorSettings.defaults();
    private final MicroCommunityDetector detector = new MicroCommunityDetector(settings);
    private final MicroCommunityState state = new MicroCommunityState();
    private final Windows traffic = new Windows(4);

    private Assessment window(int w, long waiting, Double latencySeconds) {
        WindowStats stats = traffic.window("m", w, traffic.poisson(10), 0.2);
        stats.unansweredCount = waiting;
        stats.staffResponseSeconds = latencySeconds;
        return detector.update(state, stats).get(0);
    }

    /** Threads waiting for staff pile up for two days (the horizon), then hover around 60. */
    private static long usualWaiting(int w) {
        return Math.min(60, w * 60L / (2 * Windows.PER_DAY)) + (w % 7);
    }

    @Test
    void theWaitingCountRisingWhileHistoryStartsIsNoPileUp() {
        for (int w = 0; w < 3 * Windows.PER_DAY; w++) {
            assertThat(window(w, usualWaiting(w), null).hasSignal(Alert.SignalKind.UNANSWERED_PILEUP))
                    .as("window %d", w).isFalse();
        }
    }

    @Test
    void threadsPilingUpOnceSettledAreAnAnomaly() {
        int w = 0;
        for (; w < 3 * Windows.PER_DAY; w++) {
            window(w, usualWaiting(w), null);
        }
        Assessment pileUp = window(w, 200, null);
        assertThat(pileUp.hasSignal(Alert.SignalKind.UNANSWERED_PILEUP)).isTrue();
        Alert.Signal signal = pileUp.signals().get(0);
        assertThat(signal.observed).isEqualTo(200);
        assertThat(signal.expected).isBetween(50.0, 75.0);
    }

    @Test
    void staffLatencyBlowingUpIsAnAnomalyButASmallRiseIsNot() {
        int w = 0;
        for (; w < 2 * Windows.PER_DAY; w++) {
            window(w, 0, 120.0 + (w % 5) * 10);
        }
        assertThat(window(w++, 0, 400.0).hasSignal(Alert.SignalKind.STAFF_LATENCY)).as("under 10 minutes more").isFalse();
        assertThat(window(w, 0, 4 * 3600.0).hasSignal(Alert.SignalKind.STAFF_LATENCY)).isTrue();
    }
}
