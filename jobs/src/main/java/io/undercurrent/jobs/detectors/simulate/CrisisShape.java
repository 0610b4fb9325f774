package io.undercurrent.jobs.detectors.simulate;

/** How an injected crisis unfolds over its duration: the fraction of its full size at each point. */
public enum CrisisShape {
    /** Full size from the first window. */
    SUDDEN,
    /** Grows linearly over its first half, then holds. */
    RAMP,
    /** A few windows at full size. */
    BURST,
    /** A moderate rise held for hours. */
    PLATEAU;

    /** Fraction of full size at {@code progress} in [0, 1) of the crisis. */
    double intensity(double progress) {
        return this == RAMP ? Math.min(1.0, (progress + 0.1) * 2) : 1.0;
    }
}
