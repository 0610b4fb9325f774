package io.undercurrent.jobs.detectors;

import java.io.Serializable;

/**
 * What an {@link AdaptiveThreshold} knows of one tail of a series' standardised residuals. Starts at the values
 * of a standard normal at the default tail probability (1 %). A Flink POJO.
 */
public class TailState implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Running estimate of the residual exceeded with probability {@link DetectorSettings#tailProbability}. */
    public double quantile = 2.33;
    /** Mean amount by which residuals exceed {@link #quantile} (the exponential tail's scale). */
    public double meanExcess = 0.34;

    public TailState() {}
}
