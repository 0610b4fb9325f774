package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.WindowStats;
import java.util.ArrayList;

/** Writes the alert a scope's incident currently amounts to. */
final class AlertFactory {
    private AlertFactory() {}

    static Alert build(WindowStats window, MicroCommunityState state) {
        IncidentState incident = state.incident;
        Alert alert = new Alert();
        alert.alertId = incident.incidentId;
        alert.version = incident.version;
        alert.platform = window.platform;
        alert.community = window.community;
        alert.microCommunity = window.microCommunity;
        alert.state = incident.alertState;
        alert.severity = incident.severity;
        alert.startTime = incident.startTime;
        alert.updateTime = window.windowEnd;
        alert.resolvedTime = incident.alertState == Alert.State.RESOLVED ? incident.resolvedTime : null;
        alert.signals = new ArrayList<>(state.incidentSignals);
        alert.history = new ArrayList<>(incident.history);
        alert.topTerms = new ArrayList<>(state.incidentTerms);
        alert.evidencePostIds = new ArrayList<>(state.incidentEvidence);
        return alert;
    }
}
