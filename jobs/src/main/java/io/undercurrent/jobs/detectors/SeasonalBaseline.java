package io.undercurrent.jobs.detectors;

import java.io.Serializable;

/**
 * A robust seasonal baseline for one series (e.g. log post counts), learned online from event time only.
 *
 * <p>The forecast is {@code level + hourOfDay[h] + hourOfWeek[w]}, an additive Holt-Winters model whose seasonal
 * terms start at zero and fill in as history accrues, so a young series is judged by its exponentially weighted
 * level alone, a day-old one also by its daily shape and a week-old one also by its weekly shape. Every update is
 * winsorised at {@link DetectorSettings#winsorizeSigmas}, so a spike moves the baseline by a bounded step and
 * cannot poison it. Learning rates are time constants, so 1-minute and 1-hour windows learn equally fast in time.
 */
public final class SeasonalBaseline implements Serializable {
    private static final long serialVersionUID = 1L;

    static final int HOURS_PER_DAY = 24;
    static final int HOURS_PER_WEEK = 168;
    static final long HOUR_MS = 3_600_000L;
    static final long DAY_MS = 24 * HOUR_MS;
    static final long WEEK_MS = 7 * DAY_MS;
    /** 1970-01-01 was a Thursday: shift so hour-of-week 0 is Monday 00:00 UTC. */
    private static final long EPOCH_HOUR_OF_WEEK = 3 * 24;

    private final DetectorSettings settings;

    public SeasonalBaseline(DetectorSettings settings) {
        this.settings = settings;
    }

    public Expectation expect(BaselineState state, long windowStart, long windowLengthMs) {
        if (state.isEmpty()) {
            return Expectation.NONE;
        }
        long age = windowStart - state.firstWindowStart;
        Expectation.Source source = age >= WEEK_MS ? Expectation.Source.WEEKLY
                : age >= DAY_MS ? Expectation.Source.DAILY
                : state.borrowedShape ? Expectation.Source.PARENT_SHAPE
                : Expectation.Source.EWMA;
        boolean ready = age >= settings.warmupMs;
        return new Expectation(state.level + seasonal(state, windowStart + windowLengthMs / 2), state.extraVariance,
                source, ready);
    }

    /**
     * Learns one observation.
     *
     * @param observationVariance the observation's own noise in this log space (e.g. Poisson noise of a count),
     *                            which the spread estimate leaves out
     * @param minimumStep         the smallest change the series can show (one more post, for a count): residuals
     *                            are never clipped below it, or a sparse series could never learn its rate
     */
    public void learn(BaselineState state, long windowStart, long windowLengthMs, double value,
            double observationVariance, double minimumStep) {
        if (state.isEmpty()) {
            state.level = value - seasonal(state, windowStart + windowLengthMs / 2);
            state.extraVariance = settings.initialVariance;
            state.firstWindowStart = windowStart;
            state.lastWindowStart = windowStart;
            state.observations = 1;
            return;
        }
        double sd = Math.sqrt(state.extraVariance + observationVariance);
        double limit = Math.max(settings.winsorizeSigmas * sd, minimumStep);
        double residual = Math.max(-limit, Math.min(limit, value - state.level - seasonal(state, windowStart + windowLengthMs / 2)));

        // A running mean at first, so the first window does not weigh on the level for a whole time constant.
        state.level += Math.max(rate(windowLengthMs, settings.levelTimeConstantMs), 1.0 / (state.observations + 1))
                * residual;
        long slotMs = Math.min(windowLengthMs, HOUR_MS);
        // A young series' daily memory spans the days it has seen, so its first days count in full (the bias
        // correction of a cold-started moving average).
        double ageDays = (double) (windowStart - state.firstWindowStart) / DAY_MS;
        double dayMemory = Math.min(settings.dailyShapeMemoryDays, Math.max(1.0, ageDays));
        double dayRate = rate(slotMs, (long) (dayMemory * HOUR_MS));
        // Until the daily shape is learned, residuals are mostly that shape: keep them out of the weekly one.
        boolean dailyShapeKnown = windowStart - state.firstWindowStart >= settings.weeklyShapeAfterMs;
        double weekRate = dailyShapeKnown ? rate(slotMs, (long) (settings.weeklyShapeMemoryWeeks * HOUR_MS)) : 0.0;
        long middle = windowStart + windowLengthMs / 2;
        SlotWeights slots = SlotWeights.at(middle);
        addToHourOfDay(state, hourOfDay(slots.earlierHourStart), slots.earlierWeight * dayRate * residual);
        addToHourOfDay(state, hourOfDay(slots.laterHourStart), slots.laterWeight * dayRate * residual);
        addToHourOfWeek(state, hourOfWeek(slots.earlierHourStart), slots.earlierWeight * weekRate * residual);
        addToHourOfWeek(state, hourOfWeek(slots.laterHourStart), slots.laterWeight * weekRate * residual);

        double excess = residual * residual - observationVariance;
        // The initial spread counts as a few hours of history, then gives way to what the series shows.
        double seen = windowStart + windowLengthMs - state.firstWindowStart;
        double varianceRate = Math.max(rate(windowLengthMs, settings.varianceTimeConstantMs),
                windowLengthMs / (seen + settings.initialVarianceWeightMs));
        state.extraVariance += varianceRate * (excess - state.extraVariance);
        state.extraVariance = Math.max(state.extraVariance, settings.minVariance);
        state.observations++;
        state.lastWindowStart = windowStart;
    }

    /**
     * Lets a new series start from its parent's daily and weekly shape; its own level is learned from its first
     * observation on. Does nothing to a series that already has history of its own.
     */
    public void borrowShape(BaselineState child, BaselineState parent) {
        if (!child.isEmpty() || parent.isEmpty()) {
            return;
        }
        child.hourOfDay = parent.hourOfDay.clone();
        child.hourOfWeek = parent.hourOfWeek.clone();
        child.borrowedShape = true;
    }

    /** The shape at an instant, interpolated linearly between the centres of the hours around it. */
    static double seasonal(BaselineState state, long instant) {
        SlotWeights slots = SlotWeights.at(instant);
        return slots.earlierWeight * offset(state, slots.earlierHourStart)
                + slots.laterWeight * offset(state, slots.laterHourStart);
    }

    private static double offset(BaselineState state, long hourStart) {
        return state.hourOfDay[hourOfDay(hourStart)] + state.hourOfWeek[hourOfWeek(hourStart)];
    }

    /** The two hours whose centres bracket an instant, and how close it is to each. */
    private record SlotWeights(long earlierHourStart, double earlierWeight, long laterHourStart, double laterWeight) {
        static SlotWeights at(long instant) {
            long shifted = instant - HOUR_MS / 2;
            long earlier = Math.floorDiv(shifted, HOUR_MS) * HOUR_MS;
            double laterWeight = (double) (shifted - earlier) / HOUR_MS;
            return new SlotWeights(earlier, 1 - laterWeight, earlier + HOUR_MS, laterWeight);
        }
    }

    static int hourOfDay(long epochMs) {
        return (int) Math.floorMod(Math.floorDiv(epochMs, HOUR_MS), (long) HOURS_PER_DAY);
    }

    static int hourOfWeek(long epochMs) {
        return (int) Math.floorMod(Math.floorDiv(epochMs, HOUR_MS) + EPOCH_HOUR_OF_WEEK, (long) HOURS_PER_WEEK);
    }

    /** Exponential smoothing weight of one step of {@code stepMs} for a memory of {@code timeConstantMs}. */
    static double rate(long stepMs, long timeConstantMs) {
        return 1.0 - Math.exp(-(double) stepMs / timeConstantMs);
    }

    /** Adds to one hour of the day, then moves the shape's mean back into the level so the forecast is unchanged. */
    private static void addToHourOfDay(BaselineState state, int hour, double delta) {
        state.hourOfDay[hour] += delta;
        double shift = delta / HOURS_PER_DAY;
        for (int h = 0; h < HOURS_PER_DAY; h++) {
            state.hourOfDay[h] -= shift;
        }
        state.level += shift;
    }

    /** Adds to one hour of the week, keeping the weekly offsets of each hour of the day at mean zero. */
    private static void addToHourOfWeek(BaselineState state, int hour, double delta) {
        state.hourOfWeek[hour] += delta;
        double shift = delta / 7;
        for (int h = hour % HOURS_PER_DAY; h < HOURS_PER_WEEK; h += HOURS_PER_DAY) {
            state.hourOfWeek[h] -= shift;
        }
        addToHourOfDay(state, hour % HOURS_PER_DAY, shift);
    }
}
