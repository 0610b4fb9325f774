package io.undercurrent.jobs.detectors;

/**
 * A baseline's forecast for one window, in its log space.
 *
 * @param mean     expected value
 * @param variance spread of the series around {@code mean} beyond the observation's own noise
 * @param source   which part of the baseline produced the forecast
 * @param ready    false while the baseline has too little history to judge with
 */
public record Expectation(double mean, double variance, Source source, boolean ready) {

    public enum Source {
        /** No observation yet. */
        NONE,
        /** Exponentially weighted level only: less than a day of history. */
        EWMA,
        /** Level and hour-of-day shape. */
        DAILY,
        /** Level, hour-of-day and hour-of-week shape: a week of history or more. */
        WEEKLY,
        /** Own level with the shape borrowed from the parent community. */
        PARENT_SHAPE
    }

    static final Expectation NONE = new Expectation(0.0, 0.0, Source.NONE, false);
}
