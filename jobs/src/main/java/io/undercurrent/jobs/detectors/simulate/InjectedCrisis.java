package io.undercurrent.jobs.detectors.simulate;

/**
 * A crisis written into the synthetic traffic of one micro-community.
 *
 * @param name             label for the table
 * @param microCommunity   index of the micro-community hit
 * @param startWindow      first window, counted from the start of the simulation
 * @param windows          duration in windows
 * @param shape            how it unfolds
 * @param volumeFactor     posts per window at full size, relative to usual
 * @param negativeShare    share of negative posts at full size
 */
public record InjectedCrisis(String name, int microCommunity, int startWindow, int windows, CrisisShape shape,
        double volumeFactor, double negativeShare) {

    public boolean covers(int window) {
        return window >= startWindow && window < startWindow + windows;
    }

    /** Fraction of full size in a window: 0 outside the crisis. */
    double intensity(int window) {
        return covers(window) ? shape.intensity((double) (window - startWindow) / windows) : 0.0;
    }
}
