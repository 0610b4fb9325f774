package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.generator.Poisson;
import io.undercurrent.jobs.records.WindowStats;
import java.util.Random;

/** Test traffic: 5-minute windows from Monday 2025-01-06 00:00 UTC, Poisson counts from a seeded generator. */
final class Windows {
    static final long LENGTH = 5 * 60_000L;
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;
    static final long START = 1_736_121_600_000L;
    static final int PER_DAY = 288;

    private final Random random;

    Windows(long seed) {
        random = new Random(seed);
    }

    static long start(int window) {
        return START + window * LENGTH;
    }

    long poisson(double mean) {
        return Poisson.sample(random, mean);
    }

    /** A window of {@code posts} posts of which about {@code negativeShare} are negative. */
    WindowStats window(String micro, int window, long posts, double negativeShare) {
        WindowStats w = WindowStats.empty("test", "community", micro, start(window), start(window) + LENGTH);
        w.postCount = posts;
        w.scoredCount = posts;
        for (long i = 0; i < posts; i++) {
            if (random.nextDouble() < negativeShare) {
                w.negativeCount++;
                w.sentimentSum -= 0.6;
            } else {
                w.sentimentSum += 0.2;
            }
        }
        w.engagement = posts * 2.0;
        return w;
    }

    /** Day-shaped mean: {@code mean} at the daily average, three times higher at 15:00 UTC than at 03:00. */
    static double daily(double mean, int window) {
        double hour = (window % PER_DAY) / 12.0;
        return mean * Math.exp(0.55 * Math.cos(2 * Math.PI * (hour - 15) / 24));
    }
}
