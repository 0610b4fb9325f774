package io.undercurrent.jobs.detectors;

import java.io.Serializable;

/** State of a {@link CountAnomalyDetector} for one series. A Flink POJO. */
public class CountState implements Serializable {
    private static final long serialVersionUID = 1L;

    public BaselineState baseline = new BaselineState();
    /** One-sided CUSUM of standardised residuals above the baseline. */
    public double upperCusum;
    /** One-sided CUSUM of standardised residuals below the baseline. */
    public double lowerCusum;
    public TailState upperTail = new TailState();
    public BurstState bursts = new BurstState();
    public TailState lowerTail = new TailState();

    public CountState() {}
}
