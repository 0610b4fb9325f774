package io.undercurrent.jobs.generator;

import java.util.List;
import java.util.SplittableRandom;

/** The random draws the generator makes, all from one seeded source so that a seed fixes the whole stream. */
final class Draws {

    private final SplittableRandom random;

    Draws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    double uniform() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    long below(long bound) {
        return random.nextLong(bound);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Poisson count with mean {@code lambda}. */
    int poisson(double lambda) {
        return (int) Poisson.sample(random, lambda);
    }

    /** Exponentially distributed value with the given mean. */
    double exponential(double mean) {
        return -Math.log(1 - random.nextDouble()) * mean;
    }

    /** A heavy-tailed count: floor(lognormal(mu, sigma)) - 1, at least 0. */
    long heavyTailed(double mu, double sigma) {
        return Math.max(0, (long) Math.floor(Math.exp(mu + sigma * random.nextGaussian())) - 1);
    }

    /** Index in [0, cumulative.length) drawn with the weights whose running sums {@code cumulative} holds. */
    int weighted(double[] cumulative) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
