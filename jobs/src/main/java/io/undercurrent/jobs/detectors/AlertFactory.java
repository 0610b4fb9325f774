package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.Alert;
import java.util.ArrayList;

/** Writes the alert a scope's incident currently amounts to. */
final class AlertFactory {
    private AlertFactory() {}

    static Alert build(MicroCommunityState state) {
        IncidentState incident = state.incident;
        Alert alert = new Alert();
        alert.alertId = incident.incidentId;
        alert.version = incident.version;
        alert.platform = state.platform;
        alert.community = state.community;
        alert.microCommunity = state.microCommunity;
        alert.parentAlertId = incident.parentAlertId;
        alert.childAlertIds = new ArrayList<>(incident.childAlertIds);
        alert.state = incident.alertState;
        alert.severity = incident.severity;
        alert.startTime = incident.startTime;
        alert.updateTime = state.lastWindowEnd;
        alert.resolvedTime = incident.alertState == Alert.State.RESOLVED ? incident.resolvedTime : null;
        alert.signals = new ArrayList<>(state.incidentSignals);
        alert.history = new ArrayList<>(incident.history);
        alert.topTerms = new ArrayList<>(state.incidentTerms);
        alert.mostNegative = new ArrayList<>(state.incidentMostNegative);
        alert.mostEngaged = new ArrayList<>(state.incidentMostEngaged);
        return alert;
    }
}
