package io.undercurrent.jobs.detectors;

import java.io.Serializable;

/** What a {@link BurstMemory} remembers of one series' largest surprises. A Flink POJO. */
public class BurstState implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No hour seen yet. */
    static final long NO_HOUR = Long.MIN_VALUE;

    /** Largest single-window surprise (sigmas) of the hours before the current one, faded with time. */
    public double fadedPeak;
    /** Largest surprise so far in the current hour. */
    public double hourPeak;
    /** The current hour, in hours since the epoch. */
    public long hour = NO_HOUR;

    public BurstState() {}
}
