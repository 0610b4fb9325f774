package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.Alert;

/**
 * What one window did to a scope's incident.
 *
 * @param change   the lifecycle step taken
 * @param state    the incident after the step (shared, not a copy: read it before the next update)
 * @param evidence the window's evidence
 */
public record IncidentUpdate(Change change, IncidentState state, double evidence) {

    public enum Change {
        /** No incident, none opened. */
        NONE,
        /** A new incident: a new alert. */
        OPENED,
        /** Firing again within the cooldown: the same alert, open again. */
        REOPENED,
        /** Severity rose. */
        ESCALATED,
        /** Still open, nothing changed in its lifecycle. */
        CONTINUED,
        RESOLVED
    }

    /** True when the step changes the alert's lifecycle, so it should be delivered. */
    public boolean delivers() {
        return change == Change.OPENED || change == Change.REOPENED || change == Change.ESCALATED
                || change == Change.RESOLVED;
    }

    public Alert.Severity severity() {
        return state.severity;
    }
}
