package io.undercurrent.jobs.sketches;

import java.util.Arrays;

/**
 * Quantiles of response times, mergeable. Exact while a window has few samples (the usual case for staff replies
 * in one micro-community); beyond {@link #EXACT_LIMIT} a log-scale histogram with four buckets per doubling, so a
 * quantile is off by at most 9%. A Flink POJO.
 */
public class LatencySketch {

    static final int EXACT_LIMIT = 64;
    /** Bucket 0 holds everything under a second; bucket i >= 1 holds [2^((i-1)/4), 2^(i/4)) seconds. */
    static final int BUCKETS = 4 * 23 + 1; // up to 2^23 s, about 97 days
    private static final double BUCKETS_PER_DOUBLING = 4.0;

    /** Samples in milliseconds, the first {@link #size} in use; null once the histogram is in use. */
    public long[] samples = new long[4];
    public int size;
    /** Sample counts per bucket; null while exact. */
    public long[] buckets;
    public long count;

    public LatencySketch() {}

    public void add(long millis) {
        count++;
        if (buckets != null) {
            buckets[bucket(millis)]++;
            return;
        }
        if (size == EXACT_LIMIT) {
            toHistogram();
            buckets[bucket(millis)]++;
            return;
        }
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, Math.min(EXACT_LIMIT, size * 2));
        }
        samples[size++] = millis;
    }

    public void merge(LatencySketch other) {
        if (other.buckets == null) {
            for (int i = 0; i < other.size; i++) {
                add(other.samples[i]);
            }
            return;
        }
        if (buckets == null) {
            toHistogram();
        }
        for (int i = 0; i < BUCKETS; i++) {
            buckets[i] += other.buckets[i];
        }
        count += other.count;
    }

    /**
     * The nearest-rank {@code q}-quantile in seconds (the smallest sample at or above a share q of them), or
     * null without samples.
     */
    public Double quantileSeconds(double q) {
        if (count == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(q * count));
        if (buckets == null) {
            long[] sorted = Arrays.copyOf(samples, size);
            Arrays.sort(sorted);
            return sorted[(int) rank - 1] / 1000.0;
        }
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += buckets[i];
            if (seen >= rank) {
                return representative(i);
            }
        }
        return representative(BUCKETS - 1);
    }

    public LatencySketch copy() {
        LatencySketch copy = new LatencySketch();
        copy.samples = samples == null ? null : samples.clone();
        copy.size = size;
        copy.buckets = buckets == null ? null : buckets.clone();
        copy.count = count;
        return copy;
    }

    private void toHistogram() {
        buckets = new long[BUCKETS];
        for (int i = 0; i < size; i++) {
            buckets[bucket(samples[i])]++;
        }
        samples = null;
        size = 0;
    }

    static int bucket(long millis) {
        if (millis < 1000) {
            return 0;
        }
        int bucket = 1 + (int) Math.floor(BUCKETS_PER_DOUBLING * Math.log(millis / 1000.0) / Math.log(2.0));
        return Math.min(bucket, BUCKETS - 1);
    }

    /** The geometric middle of a bucket, in seconds. */
    static double representative(int bucket) {
        return bucket == 0 ? 0.5 : Math.pow(2.0, (bucket - 0.5) / BUCKETS_PER_DOUBLING);
    }
}
