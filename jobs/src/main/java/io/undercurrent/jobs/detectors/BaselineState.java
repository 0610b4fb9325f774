package io.undercurrent.jobs.detectors;

import java.io.Serializable;

/**
 * What a {@link SeasonalBaseline} has learned about one series, in its log space: a level, an hour-of-day and an
 * hour-of-week shape around it, and the spread left over. A Flink POJO, small and fixed in size (about 1.6 KB).
 */
public class BaselineState implements Serializable {
    private static final long serialVersionUID = 1L;

    public long observations;
    public long firstWindowStart;
    public long lastWindowStart;
    /** Deseasonalised level. */
    public double level;
    /** Variance of the series beyond what the observation itself explains (e.g. Poisson noise of a count). */
    public double extraVariance;
    /** Offset of each hour of the day from the level; mean zero. */
    public double[] hourOfDay = new double[SeasonalBaseline.HOURS_PER_DAY];
    /** Offset of each hour of the week from its hour of the day; mean zero within each hour of the day. */
    public double[] hourOfWeek = new double[SeasonalBaseline.HOURS_PER_WEEK];
    /** True when the shape was copied from a parent community rather than learned here. */
    public boolean borrowedShape;

    public BaselineState() {}

    public boolean isEmpty() {
        return observations == 0;
    }
}
