package io.undercurrent.jobs.detectors;

import java.io.Serializable;

/**
 * Surges and drops of a count per window (posts, engagement).
 *
 * <ol>
 *   <li>A {@link SeasonalBaseline} of {@code log(1 + count)} forecasts the window.</li>
 *   <li>The count is judged against a negative binomial around that forecast (Poisson noise plus the baseline's
 *       learned spread) and turned into sigmas, so three posts in a quiet hour do not look like three hundred in a
 *       busy one.</li>
 *   <li>An {@link AdaptiveThreshold} per tail sets the alarm level from the series' own history of surprises, and a
 *       {@link BurstMemory} holds a single window to the series' recent record, so a bursty series alerts on a burst
 *       bigger than its recent ones.</li>
 *   <li>A CUSUM of the sigmas, rescaled by that level, catches a moderate rise or fall that persists (a fall only
 *       once the baseline knows the time of day).</li>
 * </ol>
 * Evidence 1 is the alarm level of either the single window or the CUSUM.
 */
public final class CountAnomalyDetector implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DetectorSettings settings;
    private final SeasonalBaseline baseline;
    private final AdaptiveThreshold threshold;
    private final BurstMemory bursts;

    public CountAnomalyDetector(DetectorSettings settings) {
        this.settings = settings;
        this.baseline = new SeasonalBaseline(settings);
        this.threshold = new AdaptiveThreshold(settings);
        this.bursts = new BurstMemory(settings);
    }

    public CountReading update(CountState state, long windowStart, long windowLengthMs, double count) {
        Expectation expectation = baseline.expect(state.baseline, windowStart, windowLengthMs);
        double floor = settings.minExpectedPerHour * windowLengthMs / SeasonalBaseline.HOUR_MS;
        double expected = Math.max(floor, Math.expm1(expectation.mean()));
        double noise = poissonLogVariance(expected);
        baseline.learn(state.baseline, windowStart, windowLengthMs, Math.log1p(Math.max(0.0, count)), noise,
                Math.log1p(1 / (1 + expected)));
        if (!expectation.ready()) {
            return new CountReading(count, expected, 0.0, 0.0, 0.0, 0.0, expectation.source(), false);
        }
        double sigmas = CountDistribution.sigmas(count, expected, expectation.variance());
        double upperLevel = threshold.level(state.upperTail, windowLengthMs);
        double lowerLevel = threshold.level(state.lowerTail, windowLengthMs);
        double burstLevel = bursts.level(state.bursts, windowStart, upperLevel);
        state.upperCusum = cusum(state.upperCusum, sigmas * settings.minAlarmSigmas / upperLevel);
        state.lowerCusum = cusum(state.lowerCusum, -sigmas * settings.minAlarmSigmas / lowerLevel);
        threshold.learn(state.upperTail, sigmas);
        threshold.learn(state.lowerTail, -sigmas);
        bursts.learn(state.bursts, windowStart, sigmas);

        double surge = Math.max(sigmas / burstLevel, state.upperCusum / settings.cusumAlarm);
        // Without a daily shape, a slow fall is mostly the evening: only a sudden drop counts until the shape is known.
        double slowDrop = expectation.source() == Expectation.Source.EWMA ? 0.0 : state.lowerCusum / settings.cusumAlarm;
        double drop = expected < settings.dropMinExpected ? 0.0 : Math.max(-sigmas / lowerLevel, slowDrop);
        double sd = Math.sqrt(expectation.variance() + noise);
        double spread = Math.expm1(Math.log1p(expected) + sd) - expected;
        return new CountReading(count, expected, spread, sigmas, Math.max(0.0, surge), Math.max(0.0, drop),
                expectation.source(), true);
    }

    private double cusum(double sum, double scaledSigmas) {
        double step = Math.min(settings.cusumCapSigmas, scaledSigmas) - settings.cusumSlackSigmas;
        return Math.min(2 * settings.cusumAlarm, Math.max(0.0, sum + step));
    }

    public SeasonalBaseline baseline() {
        return baseline;
    }

    /** Variance of log(1 + X) for X ~ Poisson(lambda), by the delta method. */
    static double poissonLogVariance(double lambda) {
        return lambda / ((1 + lambda) * (1 + lambda));
    }
}
