package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.Alert;
import java.io.Serializable;

/**
 * The incident lifecycle of one scope, with hysteresis. Evidence 1 (any signal at its alarm level) opens an
 * incident; it escalates while its severity grows; it resolves only after the evidence has stayed below
 * {@link DetectorSettings#resolveEvidence} for {@link DetectorSettings#resolveAfterMs}; firing again within
 * {@link DetectorSettings#cooldownMs} of resolving reopens the same incident. So one incident is one alert.
 *
 * <p>Severity grows with size and persistence: {@code log2(peak evidence) + log2(1 + duration / persistence unit)},
 * read as LOW below 1, MEDIUM below 2, HIGH below 3, CRITICAL above.
 */
public final class IncidentTracker implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_HISTORY = 32;

    private final DetectorSettings settings;

    public IncidentTracker(DetectorSettings settings) {
        this.settings = settings;
    }

    /**
     * @param scopeKey identifies the scope in the incident id
     */
    public IncidentUpdate update(IncidentState state, String scopeKey, long windowStart, long windowEnd,
            double evidence) {
        boolean firing = evidence >= 1.0;
        if (state.phase == IncidentState.Phase.COOLING && windowStart - state.resolvedTime >= settings.cooldownMs) {
            state.phase = IncidentState.Phase.QUIET;
        }
        switch (state.phase) {
            case QUIET:
                if (!firing) {
                    return new IncidentUpdate(IncidentUpdate.Change.NONE, state, evidence);
                }
                open(state, scopeKey, windowStart, windowEnd, evidence);
                return new IncidentUpdate(IncidentUpdate.Change.OPENED, state, evidence);
            case COOLING:
                if (!firing) {
                    return new IncidentUpdate(IncidentUpdate.Change.NONE, state, evidence);
                }
                state.phase = IncidentState.Phase.ACTIVE;
                state.calmSince = -1;
                state.lastFiringTime = windowStart;
                state.peakEvidence = Math.max(state.peakEvidence, evidence);
                state.severity = severity(state);
                state.alertState = Alert.State.OPEN;
                record(state, windowEnd, "reopened within cooldown");
                return new IncidentUpdate(IncidentUpdate.Change.REOPENED, state, evidence);
            default:
                return continueActive(state, windowStart, windowEnd, evidence, firing);
        }
    }

    private IncidentUpdate continueActive(IncidentState state, long windowStart, long windowEnd, double evidence,
            boolean firing) {
        if (firing) {
            state.lastFiringTime = windowStart;
            state.peakEvidence = Math.max(state.peakEvidence, evidence);
        }
        if (evidence >= settings.resolveEvidence) {
            state.calmSince = -1;
        } else if (state.calmSince < 0) {
            state.calmSince = windowStart;
        }
        if (state.calmSince >= 0 && windowEnd - state.calmSince >= settings.resolveAfterMs) {
            state.phase = IncidentState.Phase.COOLING;
            state.resolvedTime = windowEnd;
            state.alertState = Alert.State.RESOLVED;
            record(state, windowEnd, "back to baseline");
            return new IncidentUpdate(IncidentUpdate.Change.RESOLVED, state, evidence);
        }
        Alert.Severity severity = severity(state);
        if (severity.compareTo(state.severity) > 0) {
            state.severity = severity;
            state.alertState = Alert.State.ESCALATED;
            record(state, windowEnd, "severity rose");
            return new IncidentUpdate(IncidentUpdate.Change.ESCALATED, state, evidence);
        }
        return new IncidentUpdate(IncidentUpdate.Change.CONTINUED, state, evidence);
    }

    private void open(IncidentState state, String scopeKey, long windowStart, long windowEnd, double evidence) {
        state.phase = IncidentState.Phase.ACTIVE;
        state.incidentId = scopeKey + ":" + windowStart;
        state.startTime = windowStart;
        state.lastFiringTime = windowStart;
        state.calmSince = -1;
        state.peakEvidence = evidence;
        state.version = 0;
        state.parentAlertId = null;
        state.childAlertIds.clear();
        state.history.clear();
        state.severity = severity(state);
        state.alertState = Alert.State.OPEN;
        record(state, windowEnd, "opened");
    }

    /**
     * Groups an open incident under its community's incident: a step of its own (a new version, in the history),
     * since readers of the child alert learn something new.
     */
    public void groupUnder(IncidentState state, String parentAlertId, long time) {
        state.parentAlertId = parentAlertId;
        record(state, time, "grouped under " + parentAlertId);
    }

    private Alert.Severity severity(IncidentState state) {
        double size = Math.log(Math.max(1.0, state.peakEvidence)) / Math.log(2);
        double lasted = state.lastFiringTime - state.startTime;
        double persistence = Math.log(1 + lasted / settings.severityPersistenceMs) / Math.log(2);
        int level = (int) Math.floor(size + persistence);
        Alert.Severity[] levels = Alert.Severity.values();
        return levels[Math.max(0, Math.min(levels.length - 1, level))];
    }

    private static void record(IncidentState state, long time, String note) {
        if (state.history.size() >= MAX_HISTORY) {
            state.history.remove(1);
        }
        state.history.add(new Alert.Transition(time, state.alertState, state.severity, note));
        state.version++;
    }
}
