package io.undercurrent.jobs.generator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * When people post: a day-night curve in local time (quietest around 4 a.m., busiest in the evening) times a
 * weekly pattern. Both have a mean of 1, so a community's configured volume is its long-run average.
 *
 * @param peakShiftHours moves the whole day curve later (positive) or earlier, e.g. +1.5 for gamers
 */
public record ActivityRhythm(double peakShiftHours, WeeklyPattern weekly) {

    /** Relative activity per local hour 0..23, from typical social-media daily curves. */
    private static final double[] HOURLY = normalise(new double[] {
        0.55, 0.38, 0.25, 0.18, 0.15, 0.18, 0.30, 0.55, 0.85, 1.05, 1.15, 1.20,
        1.30, 1.30, 1.25, 1.25, 1.30, 1.40, 1.50, 1.60, 1.65, 1.55, 1.25, 0.85});

    /** Activity at {@code epochMillis} for members living in {@code zone}, relative to the long-run mean. */
    public double multiplier(long epochMillis, ZoneId zone) {
        ZonedDateTime local = Instant.ofEpochMilli(epochMillis).atZone(zone);
        double hour = local.getHour() + local.getMinute() / 60.0 + local.getSecond() / 3600.0 - peakShiftHours;
        double wrapped = ((hour % 24) + 24) % 24;
        int lower = (int) Math.floor(wrapped);
        double fraction = wrapped - lower;
        double daily = HOURLY[lower] * (1 - fraction) + HOURLY[(lower + 1) % 24] * fraction;
        return daily * weekly.factor(local.getDayOfWeek());
    }

    private static double[] normalise(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        return Arrays.stream(values).map(v -> v / mean).toArray();
    }
}
