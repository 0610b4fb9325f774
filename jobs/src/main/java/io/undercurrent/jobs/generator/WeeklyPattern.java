package io.undercurrent.jobs.generator;

import java.time.DayOfWeek;
import java.util.Arrays;

/** How activity spreads over the week, as factors with a mean of 1 (Monday first). */
public enum WeeklyPattern {
    /** Hobbies and games: busier from Friday evening through the weekend. */
    LEISURE(0.90, 0.88, 0.92, 0.95, 1.05, 1.18, 1.12),
    /** Products, money and software: busier on workdays. */
    WORKDAYS(1.10, 1.12, 1.10, 1.06, 0.98, 0.82, 0.82);

    private final double[] factors;

    WeeklyPattern(double... raw) {
        double mean = Arrays.stream(raw).average().orElseThrow();
        this.factors = Arrays.stream(raw).map(f -> f / mean).toArray();
    }

    double factor(DayOfWeek day) {
        return factors[day.getValue() - 1];
    }
}
