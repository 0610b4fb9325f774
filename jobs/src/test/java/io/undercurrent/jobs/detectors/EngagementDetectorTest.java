package io.undercurrent.jobs.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.WindowStats;
import org.junit.jupiter.api.Test;

class EngagementDetectorTest {
    private final DetectorSettings settings = DetectorSettings.defaults();
    private final EngagementDetector detector = new EngagementDetector(settings);
    private final EngagementState state = new EngagementState();
    private final Windows traffic = new Windows(9);

    /** A window of {@code posts} posts drawing about {@code perPost} likes, replies and shares each. */
    private CountReading window(int w, long posts, double perPost) {
        WindowStats stats = WindowStats.empty("p", "c", "m", Windows.start(w), Windows.start(w) + Windows.LENGTH);
        stats.postCount = posts;
        stats.engagement = traffic.poisson(posts * perPost * Math.exp(0.3 * (traffic.poisson(4) - 4) / 2.0));
        return detector.update(state, stats);
    }

    private int day() {
        int w = 0;
        for (; w < Windows.PER_DAY; w++) {
            window(w, traffic.poisson(Windows.daily(8, w)), 3);
        }
        return w;
    }

    @Test
    void aBusyHourOfOrdinaryPostsIsNoSurge() {
        int w = day();
        for (int i = 0; i < 12; i++) {
            CountReading reading = window(w + i, 40, 3);
            assertThat(reading.surgeEvidence()).as("window %d", i).isLessThan(1.0);
        }
    }

    @Test
    void postsDrawingTenTimesTheUsualEngagementAreASurge() {
        int w = day();
        CountReading reading = window(w, 8, 30);
        assertThat(reading.expected()).isBetween(16.0, 32.0);
        assertThat(reading.surgeEvidence()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aSurgeDoesNotBecomeTheUsual() {
        int w = day();
        for (int i = 0; i < 6; i++) {
            window(w + i, 8, 30);
        }
        assertThat(state.perPost()).isBetween(2.0, 4.5);
    }
}
