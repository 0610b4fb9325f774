package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.WindowStats;
import java.util.List;

/**
 * Every detector's judgement of one window of one micro-community, and what it did to the incident.
 *
 * @param window     the window judged (an empty one when it filled a gap)
 * @param volume     posts against their seasonal baseline
 * @param sentiment  negative share and mean against theirs
 * @param engagement likes + replies + shares against theirs
 * @param terms      emerging terms, strongest first
 * @param signals    the signals at or above their alarm level
 * @param evidence   the strongest alarming signal's evidence (1 = alarm level)
 * @param incident   the incident lifecycle step
 * @param alert      the alert to deliver, or null when the step changes nothing a reader needs to hear about
 */
public record Assessment(WindowStats window, CountReading volume, SentimentReading sentiment,
        CountReading engagement, List<TermBurst> terms, List<Alert.Signal> signals, double evidence,
        IncidentUpdate incident, Alert alert) {

    public boolean firing() {
        return evidence >= 1.0;
    }

    public boolean hasSignal(Alert.SignalKind kind) {
        return signals.stream().anyMatch(s -> s.kind == kind);
    }
}
