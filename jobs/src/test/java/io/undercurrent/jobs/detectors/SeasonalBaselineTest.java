package io.undercurrent.jobs.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeasonalBaselineTest {
    private final DetectorSettings settings = DetectorSettings.defaults();
    private final CountAnomalyDetector detector = new CountAnomalyDetector(settings);
    private final SeasonalBaseline baseline = detector.baseline();
    private final Windows traffic = new Windows(7);

    private static final int PEAK = 15 * 12;
    private static final int TROUGH = 3 * 12;

    private void learn(CountState state, int fromWindow, int windows) {
        for (int w = fromWindow; w < fromWindow + windows; w++) {
            detector.update(state, Windows.start(w), Windows.LENGTH, traffic.poisson(Windows.daily(20, w)));
        }
    }

    private double expectedCount(CountState state, int window) {
        return Math.expm1(baseline.expect(state.baseline, Windows.start(window), Windows.LENGTH).mean());
    }

    @Test
    void learnsTheDailyShape() {
        CountState state = new CountState();
        learn(state, 0, 7 * Windows.PER_DAY);
        int day = 7 * Windows.PER_DAY;
        double trueRatio = Windows.daily(20, PEAK) / Windows.daily(20, TROUGH);
        double learnedRatio = expectedCount(state, day + PEAK) / expectedCount(state, day + TROUGH);
        assertThat(learnedRatio).isBetween(trueRatio * 0.75, trueRatio * 1.25);
        assertThat(baseline.expect(state.baseline, Windows.start(day), Windows.LENGTH).source())
                .isEqualTo(Expectation.Source.WEEKLY);
    }

    @Test
    void theDailyPeakIsNotASurgeOnceLearned() {
        CountState state = new CountState();
        learn(state, 0, 7 * Windows.PER_DAY);
        int day = 7 * Windows.PER_DAY;
        int alarms = 0;
        for (int w = day; w < day + Windows.PER_DAY; w++) {
            CountReading r = detector.update(state, Windows.start(w), Windows.LENGTH,
                    traffic.poisson(Windows.daily(20, w)));
            if (r.surgeEvidence() >= 1.0 || r.dropEvidence() >= 1.0) {
                alarms++;
            }
        }
        assertThat(alarms).isZero();
    }

    @Test
    void aNewCommunityBorrowsItsParentsShape() {
        CountState parent = new CountState();
        learn(parent, 0, 7 * Windows.PER_DAY);
        int day = 7 * Windows.PER_DAY;

        CountState borrowing = new CountState();
        baseline.borrowShape(borrowing.baseline, parent.baseline);
        CountState alone = new CountState();
        // Both children start at night, a fifth of the parent's size.
        for (int w = day + TROUGH - 12; w < day + TROUGH; w++) {
            long posts = traffic.poisson(Windows.daily(4, w));
            detector.update(borrowing, Windows.start(w), Windows.LENGTH, posts);
            detector.update(alone, Windows.start(w), Windows.LENGTH, posts);
        }
        double parentRatio = expectedCount(parent, day + PEAK) / expectedCount(parent, day + TROUGH);
        double borrowedRatio = expectedCount(borrowing, day + PEAK) / expectedCount(borrowing, day + TROUGH);
        double aloneRatio = expectedCount(alone, day + PEAK) / expectedCount(alone, day + TROUGH);
        assertThat(parentRatio).isGreaterThan(2.0);
        assertThat(borrowedRatio).isGreaterThan(2.0);
        assertThat(aloneRatio).isBetween(0.8, 1.25);
        assertThat(baseline.expect(borrowing.baseline, Windows.start(day + PEAK), Windows.LENGTH).source())
                .isEqualTo(Expectation.Source.PARENT_SHAPE);
    }

    @Test
    void borrowingNeverOverwritesOwnHistory() {
        CountState parent = new CountState();
        learn(parent, 0, 2 * Windows.PER_DAY);
        CountState child = new CountState();
        detector.update(child, Windows.start(0), Windows.LENGTH, 3);
        double[] own = child.baseline.hourOfDay.clone();
        baseline.borrowShape(child.baseline, parent.baseline);
        assertThat(child.baseline.hourOfDay).containsExactly(own);
        assertThat(child.baseline.borrowedShape).isFalse();
    }
}
