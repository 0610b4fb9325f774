package io.undercurrent.jobs.generator;

import java.util.random.RandomGenerator;

/** Poisson-distributed counts for synthetic traffic. */
public final class Poisson {

    private Poisson() {}

    /** A count with mean {@code mean}: Knuth's product method, the normal approximation for large means. */
    public static long sample(RandomGenerator random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
