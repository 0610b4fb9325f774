package io.undercurrent.jobs.detectors;

import java.io.Serializable;

/**
 * An alarm level calibrated to a series' own tail, so a bursty series (where ten-sigma windows happen every day)
 * alarms as rarely as a calm one. Peaks over threshold: a running quantile {@code u} of the residuals, exceeded
 * with probability {@code p}, and the mean excess {@code b} above it give an exponential tail
 * {@code P(z > u + y) = p * exp(-y / b)}; the alarm level is where that tail predicts one exceedance per
 * {@link DetectorSettings#falseAlarmIntervalMs}: {@code u + b * ln(p * windowsPerInterval)}, and never below
 * {@link DetectorSettings#minAlarmSigmas}. For normal residuals and a 4-week interval of 5-minute windows this is
 * about 3.8 sigma.
 */
public final class AdaptiveThreshold implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DetectorSettings settings;

    public AdaptiveThreshold(DetectorSettings settings) {
        this.settings = settings;
    }

    public double level(TailState tail, long windowLengthMs) {
        double windowsPerInterval = (double) settings.falseAlarmIntervalMs / windowLengthMs;
        double logFactor = Math.log(Math.max(1.0, settings.tailProbability * windowsPerInterval));
        return Math.max(settings.minAlarmSigmas, tail.quantile + tail.meanExcess * logFactor);
    }

    /** Learns one residual. Exceedances are capped so one freak window cannot make the series deaf for weeks. */
    public void learn(TailState tail, double sigmas) {
        if (sigmas > tail.quantile) {
            double excess = Math.min(sigmas - tail.quantile, settings.tailExcessCap * tail.meanExcess);
            tail.meanExcess += settings.tailExcessRate * (excess - tail.meanExcess);
            tail.quantile += settings.tailQuantileStep * (1 - settings.tailProbability);
        } else {
            tail.quantile -= settings.tailQuantileStep * settings.tailProbability;
        }
    }
}
