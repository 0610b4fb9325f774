package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.WindowStats;
import java.io.Serializable;

/**
 * Engagement surges: a window's posts drawing far more likes, replies and shares than posts there usually do (a
 * thread blowing up). Judged given the window's own post count, so a busy hour of ordinary posts is no surge: the
 * expected engagement is the posts times the usual engagement per post, and the engagement is judged against a
 * negative binomial around it (Poisson noise plus the learned extra spread, like {@link CountAnomalyDetector}).
 * Engagement is heavy-tailed, so the alarm level adapts to each series' own tail ({@link AdaptiveThreshold}).
 * What it learns is winsorised: a surge does not become the usual.
 */
public final class EngagementDetector implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DetectorSettings settings;
    private final AdaptiveThreshold threshold;

    public EngagementDetector(DetectorSettings settings) {
        this.settings = settings;
        this.threshold = new AdaptiveThreshold(settings);
    }

    public CountReading update(EngagementState state, WindowStats window) {
        long posts = window.postCount;
        double observed = Math.max(0.0, window.engagement);
        if (posts == 0) {
            return new CountReading(observed, 0.0, 0.0, 0.0, 0.0, 0.0, Expectation.Source.EWMA, false);
        }
        if (state.windows == 0) {
            state.firstWindowStart = window.windowStart;
            state.engagement = observed;
            state.posts = posts;
            state.extraLogVariance = settings.initialVariance;
            state.windows = 1;
            return new CountReading(observed, observed, 0.0, 0.0, 0.0, 0.0, Expectation.Source.EWMA, false);
        }
        double expected = Math.max(posts * state.perPost(), settings.minExpectedEngagement);
        double sigmas = CountDistribution.sigmas(observed, expected, state.extraLogVariance);
        double noise = CountAnomalyDetector.poissonLogVariance(expected);
        double sd = Math.sqrt(state.extraLogVariance + noise);
        double spread = Math.expm1(Math.log1p(expected) + sd) - expected;
        boolean ready = window.windowStart - state.firstWindowStart >= settings.warmupMs;
        double evidence = ready ? Math.max(0.0, sigmas / threshold.level(state.tail, window.windowLengthMs())) : 0.0;
        learn(state, window, posts, observed, expected, sd, noise);
        threshold.learn(state.tail, sigmas);
        return new CountReading(observed, expected, spread, sigmas, evidence, 0.0, Expectation.Source.EWMA, ready);
    }

    private void learn(EngagementState state, WindowStats window, long posts, double observed, double expected,
            double sd, double noise) {
        state.windows++;
        // A running mean at first, so the first windows do not linger for a whole time constant.
        double rate = Math.max(SeasonalBaseline.rate(window.windowLengthMs(), settings.engagementTimeConstantMs),
                1.0 / state.windows);
        double limit = Math.max(settings.winsorizeSigmas * sd, Math.log1p(1 / (1 + expected)));
        double residual = Math.max(-limit, Math.min(limit, Math.log1p(observed) - Math.log1p(expected)));
        state.engagement += rate * (Math.expm1(Math.log1p(expected) + residual) - state.engagement);
        state.posts += rate * (posts - state.posts);
        state.extraLogVariance = Math.max(settings.minVariance,
                state.extraLogVariance + rate * (residual * residual - noise - state.extraLogVariance));
    }
}
