package io.undercurrent.jobs.sketches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HyperLogLogTest {

    /** 3.5 standard errors of 2^12 registers: 1.04 / 64 each. */
    private static final double TOLERANCE = 3.5 * 1.04 / 64;

    @Test
    void countsExactlyWhileSmall() {
        HyperLogLog sketch = new HyperLogLog();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < HyperLogLog.EXACT_LIMIT; i++) {
                sketch.add("author-" + i);
            }
        }

        assertThat(sketch.isExact()).isTrue();
        assertThat(sketch.estimate()).isEqualTo(HyperLogLog.EXACT_LIMIT);
    }

    @Test
    void estimatesLargeCountsWithinItsStandardError() {
        HyperLogLog sketch = new HyperLogLog();
        int added = 0;
        for (int cardinality : new int[] {HyperLogLog.EXACT_LIMIT + 1, 2_000, 10_000, 100_000, 1_000_000}) {
            while (added < cardinality) {
                sketch.add("user" + added++);
            }
            assertThat(sketch.isExact()).isFalse();
            assertThat((double) sketch.estimate() / cardinality).as("estimate of %d", cardinality)
                    .isCloseTo(1.0, within(TOLERANCE));
        }
    }

    @Test
    void mergingCountsTheUnionOnce() {
        HyperLogLog a = new HyperLogLog();
        HyperLogLog b = new HyperLogLog();
        for (int i = 0; i < 30_000; i++) {
            a.add("member-" + i);
        }
        for (int i = 20_000; i < 50_000; i++) {
            b.add("member-" + i);
        }
        HyperLogLog ab = a.copy();
        ab.merge(b);
        HyperLogLog ba = b.copy();
        ba.merge(a);

        assertThat(ab.estimate()).isEqualTo(ba.estimate());
        assertThat(ab.estimate() / 50_000.0).isCloseTo(1.0, within(TOLERANCE));
        assertThat(a.estimate() / 30_000.0).as("the merged-in sketch is unchanged").isCloseTo(1.0, within(TOLERANCE));
    }

    @Test
    void mergingSmallSketchesStaysExactUntilTheLimit() {
        HyperLogLog a = new HyperLogLog();
        HyperLogLog b = new HyperLogLog();
        for (int i = 0; i < 300; i++) {
            a.add("a" + i);
            b.add(i % 2 == 0 ? "a" + i : "b" + i);
        }
        a.merge(b);
        assertThat(a.isExact()).isTrue();
        assertThat(a.estimate()).isEqualTo(450);

        HyperLogLog c = new HyperLogLog();
        for (int i = 0; i < 300; i++) {
            c.add("c" + i);
        }
        a.merge(c);
        assertThat(a.isExact()).isFalse();
        assertThat(a.estimate() / 750.0).isCloseTo(1.0, within(TOLERANCE));
    }

    @Test
    void aCopyIsIndependent() {
        HyperLogLog original = new HyperLogLog();
        original.add("ann");
        HyperLogLog copy = original.copy();
        copy.add("bob");

        assertThat(original.estimate()).isEqualTo(1);
        assertThat(copy.estimate()).isEqualTo(2);
    }

    @Test
    void hashesSpreadSimilarStringsOverAllBits() {
        long orOfAll = 0;
        long andOfAll = -1;
        for (int i = 0; i < 64; i++) {
            long hash = HyperLogLog.hash("user" + i);
            orOfAll |= hash;
            andOfAll &= hash;
        }
        assertThat(orOfAll).isEqualTo(-1L);
        assertThat(andOfAll).isZero();
        assertThat(HyperLogLog.hash("ann")).isEqualTo(HyperLogLog.hash("ann")).isNotEqualTo(HyperLogLog.hash("Ann"));
    }
}
