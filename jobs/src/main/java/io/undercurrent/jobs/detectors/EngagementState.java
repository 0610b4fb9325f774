package io.undercurrent.jobs.detectors;

import java.io.Serializable;

/** State of an {@link EngagementDetector}: the usual engagement a post gets, and how much it varies. A Flink POJO. */
public class EngagementState implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Windows with posts seen so far. */
    public long windows;
    public long firstWindowStart;
    /** Exponentially weighted engagement and posts per window; their ratio is the usual engagement per post. */
    public double engagement;
    public double posts;
    /** Variance of log(1 + engagement) around its expectation beyond Poisson noise. */
    public double extraLogVariance;
    public TailState tail = new TailState();

    public EngagementState() {}

    public double perPost() {
        return posts <= 0 ? 0.0 : engagement / posts;
    }
}
