package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.Alert;
import java.io.Serializable;

/**
 * A level far above its usual for the time of day: staff response latency, or the threads waiting for a staff reply.
 * Unlike counts, these are not sums of independent events, so there is no Poisson noise to allow for: the level is
 * judged in log space against its {@link SeasonalBaseline} and the spread that baseline has learned, and must also
 * rise by a minimum amount, so that a small level doubling is not news.
 */
public final class LevelAnomalyDetector implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DetectorSettings settings;
    private final SeasonalBaseline baseline;

    public LevelAnomalyDetector(DetectorSettings settings) {
        this.settings = settings;
        this.baseline = new SeasonalBaseline(settings);
    }

    /**
     * Judges and learns one reading of a level.
     *
     * @param settleMs history the level needs before it means anything (beyond the general warm-up)
     * @param minRise  the smallest rise above usual, in the level's units, that can be an anomaly
     * @return the signal when the level is at or above its alarm level, else null
     */
    public Alert.Signal update(BaselineState state, Alert.SignalKind kind, long windowStart, long windowLengthMs,
            double level, long settleMs, double minRise) {
        Expectation expected = baseline.expect(state, windowStart, windowLengthMs);
        double value = Math.log1p(Math.max(0.0, level));
        baseline.learn(state, windowStart, windowLengthMs, value, 0.0, 0.0);
        boolean settled = windowStart - state.firstWindowStart >= settleMs;
        if (!expected.ready() || !settled) {
            return null;
        }
        double sd = Math.sqrt(expected.variance());
        double usual = Math.expm1(expected.mean());
        double evidence = (value - expected.mean()) / sd / settings.levelSigmas;
        if (evidence < 1.0 || level - usual < minRise) {
            return null;
        }
        return new Alert.Signal(kind, null, level, usual, Math.expm1(expected.mean() + sd) - usual, evidence);
    }
}
