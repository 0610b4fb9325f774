package io.undercurrent.jobs.detectors.nab;

import io.undercurrent.jobs.detectors.CountAnomalyDetector;
import io.undercurrent.jobs.detectors.CountReading;
import io.undercurrent.jobs.detectors.CountState;
import io.undercurrent.jobs.detectors.DetectorSettings;
import io.undercurrent.jobs.detectors.IncidentState;
import io.undercurrent.jobs.detectors.IncidentTracker;
import io.undercurrent.jobs.detectors.IncidentUpdate;

/**
 * Turns a single volume series into NAB anomaly scores with the job's own volume detector and incident lifecycle.
 * A row scores at least 0.5 exactly when the job would raise a new alert there; every other row scores below 0.5,
 * still rising with the evidence. That is NAB's reading of a detection (the earliest one in a window counts, each
 * one outside costs) and the product's (one incident, one alert).
 */
public final class VolumeAnomalyScorer {
    private static final String SCOPE = "nab";

    private final CountAnomalyDetector detector;
    private final IncidentTracker tracker;
    private final CountState volume = new CountState();
    private final IncidentState incident = new IncidentState();

    public VolumeAnomalyScorer(DetectorSettings settings) {
        this.detector = new CountAnomalyDetector(settings);
        this.tracker = new IncidentTracker(settings);
    }

    /** Scores the next window of the series; windows must come in time order. */
    public double score(long windowStart, long windowLengthMs, double count) {
        CountReading reading = detector.update(volume, windowStart, windowLengthMs, count);
        double evidence = reading.surgeEvidence();
        IncidentUpdate update = tracker.update(incident, SCOPE, windowStart, windowStart + windowLengthMs, evidence);
        double likelihood = evidenceToScore(evidence);
        return update.change() == IncidentUpdate.Change.OPENED ? likelihood : likelihood / 2;
    }

    /** Maps evidence in [0, inf) onto [0, 1), with the alarm level 1 at 0.5. */
    static double evidenceToScore(double evidence) {
        double squared = evidence * evidence;
        return squared / (1 + squared);
    }
}
