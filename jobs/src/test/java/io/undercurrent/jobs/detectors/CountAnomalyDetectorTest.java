package io.undercurrent.jobs.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountAnomalyDetectorTest {
    private final CountAnomalyDetector detector = new CountAnomalyDetector(DetectorSettings.defaults());
    private final Windows traffic = new Windows(42);
    private final CountState state = new CountState();

    private CountReading feed(int window, double count) {
        return detector.update(state, Windows.start(window), Windows.LENGTH, count);
    }

    /** {@code days} days of Poisson windows; returns the next window index. */
    private int steady(double mean, int days) {
        int w = 0;
        for (; w < days * Windows.PER_DAY; w++) {
            feed(w, traffic.poisson(mean));
        }
        return w;
    }

    @Test
    void surgeIsDetectedInItsFirstWindow() {
        int w = steady(20, 2);
        CountReading surge = feed(w, 120);
        assertThat(surge.ready()).isTrue();
        assertThat(surge.surgeEvidence()).isGreaterThanOrEqualTo(1.0);
        assertThat(surge.expected()).isBetween(15.0, 25.0);
    }

    @Test
    void ordinaryWindowsStayBelowTheAlarm() {
        int w = steady(20, 2);
        int alarms = 0;
        for (int i = 0; i < Windows.PER_DAY; i++) {
            if (feed(w + i, traffic.poisson(20)).surgeEvidence() >= 1.0) {
                alarms++;
            }
        }
        assertThat(alarms).isZero();
    }

    @Test
    void gradualDriftIsFollowedNotAlerted() {
        int w = steady(20, 2);
        int alarms = 0;
        // Doubling over three days: about 1% an hour.
        for (int i = 0; i < 3 * Windows.PER_DAY; i++) {
            double mean = 20 * Math.pow(2, i / (3.0 * Windows.PER_DAY));
            if (feed(w + i, traffic.poisson(mean)).surgeEvidence() >= 1.0) {
                alarms++;
            }
        }
        assertThat(alarms).isZero();
        assertThat(feed(w + 3 * Windows.PER_DAY, 40).expected()).isBetween(32.0, 48.0);
    }

    @Test
    void sustainedModerateRiseIsCaughtByPersistence() {
        int w = steady(20, 2);
        Integer caughtAfter = null;
        for (int i = 0; i < 24 && caughtAfter == null; i++) {
            CountReading r = feed(w + i, traffic.poisson(36));
            assertThat(r.sigmas()).isLessThan(DetectorSettings.defaults().minAlarmSigmas + 1);
            if (r.surgeEvidence() >= 1.0) {
                caughtAfter = i;
            }
        }
        assertThat(caughtAfter).isNotNull().isGreaterThan(0);
    }

    @Test
    void aSpikeDoesNotPoisonTheBaseline() {
        int w = steady(20, 3);
        double before = feed(w++, 20).expected();
        for (int i = 0; i < 6; i++) {
            feed(w++, 1000);
        }
        CountReading after = feed(w++, 20);
        // Unclipped, six windows at fifty times the usual would nearly triple it.
        assertThat(after.expected()).isBetween(before * 0.85, before * 1.3);
        assertThat(after.dropEvidence()).isLessThan(1.0);
        // The CUSUM remembers the spike for a while, then normal traffic is normal again.
        CountReading later = after;
        for (int i = 0; i < 24; i++) {
            later = feed(w++, traffic.poisson(20));
        }
        assertThat(later.surgeEvidence()).isLessThan(1.0);
        assertThat(later.expected()).isBetween(before * 0.85, before * 1.2);
    }

    @Test
    void aBurstNoBiggerThanTheSeriesRecentOnesIsNoSurgeButABiggerOneIs() {
        AdaptiveThreshold tail = new AdaptiveThreshold(DetectorSettings.defaults());
        int w = steady(20, 3);
        assertThat(feed(w++, 50).surgeEvidence()).isGreaterThanOrEqualTo(1.0);
        for (int i = 0; i < 6 * 12; i++) {
            feed(w++, traffic.poisson(20));
        }
        double tailLevel = tail.level(state.upperTail, Windows.LENGTH);
        CountReading like = feed(w++, 45);
        assertThat(like.sigmas()).as("the tail alone would alarm").isGreaterThan(tailLevel);
        assertThat(like.surgeEvidence()).as("but it is no bigger than this morning's burst").isLessThan(1.0);
        for (int i = 0; i < 6 * 12; i++) {
            feed(w++, traffic.poisson(20));
        }
        assertThat(feed(w, 65).surgeEvidence()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aCommunityGoingQuietIsADrop() {
        int w = steady(20, 2);
        assertThat(feed(w, 0).dropEvidence()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void twoPostsInAQuietChannelAreNotASurge() {
        int w = steady(0.05, 2);
        CountReading two = feed(w, 2);
        assertThat(two.surgeEvidence()).isLessThan(1.0);
        assertThat(two.dropEvidence()).isZero();
    }

    @Test
    void nothingIsJudgedDuringWarmUp() {
        CountReading first = feed(0, 5);
        CountReading huge = feed(1, 5000);
        assertThat(first.ready()).isFalse();
        assertThat(huge.ready()).isFalse();
        assertThat(huge.surgeEvidence()).isZero();
    }
}
