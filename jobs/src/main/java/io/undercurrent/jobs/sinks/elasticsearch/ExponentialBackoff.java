package io.undercurrent.jobs.sinks.elasticsearch;

import java.io.Serializable;
import java.time.Duration;

/** Waits that double with each consecutive failure, from {@code initial} up to {@code max}. */
public final class ExponentialBackoff implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long initialMillis;
    private final long maxMillis;

    public ExponentialBackoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
    }

    /** The wait before the next attempt after {@code consecutiveFailures} (at least 1) failures in a row. */
    public Duration delayAfter(int consecutiveFailures) {
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("consecutiveFailures must be at least 1");
        }
        int doublings = Math.min(consecutiveFailures - 1, 62);
        long delay = initialMillis << doublings;
        boolean overflowed = delay >>> doublings != initialMillis;
        return Duration.ofMillis(overflowed ? maxMillis : Math.min(delay, maxMillis));
    }

    public Duration max() {
        return Duration.ofMillis(maxMillis);
    }
}
