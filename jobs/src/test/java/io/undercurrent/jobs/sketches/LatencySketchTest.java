package io.undercurrent.jobs.sketches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencySketchTest {

    @Test
    void hasNoQuantilesWithoutSamples() {
        assertThat(new LatencySketch().quantileSeconds(0.5)).isNull();
    }

    @Test
    void quantilesOfFewSamplesAreExactNearestRanks() {
        LatencySketch sketch = new LatencySketch();
        for (long seconds : new long[] {300, 20, 45, 3_600, 90}) {
            sketch.add(seconds * 1_000);
        }

        assertThat(sketch.quantileSeconds(0.5)).isEqualTo(90.0);
        assertThat(sketch.quantileSeconds(0.9)).isEqualTo(3_600.0);
        assertThat(sketch.quantileSeconds(0.0)).isEqualTo(20.0);
    }

    @Test
    void manySamplesGiveQuantilesWithinNinePercent() {
        LatencySketch sketch = new LatencySketch();
        for (int i = 1; i <= 10_000; i++) {
            sketch.add(i * 1_000L); // 1 s .. 10,000 s
        }

        assertThat(sketch.count).isEqualTo(10_000);
        assertThat(sketch.quantileSeconds(0.5) / 5_000).isCloseTo(1.0, within(0.09));
        assertThat(sketch.quantileSeconds(0.9) / 9_000).isCloseTo(1.0, within(0.09));
    }

    @Test
    void mergingKeepsEverySample() {
        LatencySketch a = new LatencySketch();
        LatencySketch b = new LatencySketch();
        for (int i = 1; i <= 50; i++) {
            a.add(i * 1_000L);
            b.add((100 + i) * 1_000L);
        }
        a.merge(b);

        assertThat(a.count).isEqualTo(100);
        assertThat(a.quantileSeconds(0.5) / 50).isCloseTo(1.0, within(0.09));
        assertThat(a.quantileSeconds(1.0) / 150).isCloseTo(1.0, within(0.09));
    }

    @Test
    void subSecondRepliesLandInTheFirstBucket() {
        LatencySketch sketch = new LatencySketch();
        for (int i = 0; i < 100; i++) {
            sketch.add(200);
        }
        assertThat(sketch.quantileSeconds(0.5)).isEqualTo(0.5);
    }
}
