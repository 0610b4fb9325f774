package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.Alert;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups micro-community alerts under their community's incident when both fire: keyed by community, it sees the
 * community's alerts (from the same detectors fed community roll-ups) and its micro-communities' alerts, and
 * links them both ways. An open child alert learns its parent whichever fires first; re-emitting a child only to
 * add its parent keeps its version, since nothing about the child itself changed.
 */
public final class IncidentGrouper implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Returns the alerts to deliver: the one given, plus any it newly groups. */
    public List<Alert> accept(GroupState state, Alert alert) {
        return alert.microCommunity == null ? acceptCommunity(state, alert) : acceptChild(state, alert);
    }

    private List<Alert> acceptCommunity(GroupState state, Alert alert) {
        List<Alert> out = new ArrayList<>();
        boolean open = alert.state != Alert.State.RESOLVED;
        state.communityAlertId = open ? alert.alertId : null;
        for (Alert child : state.openChildren.values()) {
            if (!alert.childAlertIds.contains(child.alertId)) {
                alert.childAlertIds.add(child.alertId);
            }
        }
        out.add(alert);
        if (open) {
            for (Alert child : state.openChildren.values()) {
                if (!alert.alertId.equals(child.parentAlertId)) {
                    child.parentAlertId = alert.alertId;
                    out.add(child);
                }
            }
        }
        return out;
    }

    private List<Alert> acceptChild(GroupState state, Alert alert) {
        Alert known = state.openChildren.get(alert.alertId);
        if (alert.parentAlertId == null) {
            alert.parentAlertId = state.communityAlertId != null ? state.communityAlertId
                    : known == null ? null : known.parentAlertId;
        }
        if (alert.state == Alert.State.RESOLVED) {
            state.openChildren.remove(alert.alertId);
        } else {
            state.openChildren.put(alert.alertId, alert);
        }
        return List.of(alert);
    }
}
