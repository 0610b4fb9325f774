package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.Alert;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Groups micro-community incidents under their community's incident when both fire. It sees every alert of one
 * community: the community's own (the same detectors fed community roll-ups) and its micro-communities'. A child
 * that opens while the community's incident is open carries its parent from its first emission; children already
 * open when the community's incident opens are grouped under it and re-emitted with a new version. The community
 * incident lists its children; ones that join later appear on its next emission.
 */
public final class IncidentGrouper implements Serializable {
    private static final long serialVersionUID = 1L;

    private final IncidentTracker tracker;

    public IncidentGrouper(DetectorSettings settings) {
        this.tracker = new IncidentTracker(settings);
    }

    /** A micro-community's alert, before it is delivered: links it under the community's open incident. */
    public void acceptChild(GroupState group, MicroCommunityState community, MicroCommunityState child, Alert alert) {
        if (alert.state == Alert.State.RESOLVED) {
            group.openChildren.remove(alert.alertId);
            return;
        }
        group.openChildren.put(alert.alertId, child.microCommunity);
        if (group.communityAlertId != null && child.incident.parentAlertId == null) {
            child.incident.parentAlertId = group.communityAlertId;
            alert.parentAlertId = group.communityAlertId;
            adopt(community, alert.alertId);
        }
    }

    /**
     * The community's alert, before it is delivered: lists the open children under it.
     *
     * @return micro-communities whose open incidents it newly groups: {@link #groupUnder} each and deliver the
     *     result too
     */
    public List<String> acceptCommunity(GroupState group, MicroCommunityState community, Alert alert) {
        List<String> newlyGrouped = new ArrayList<>();
        if (alert.state == Alert.State.RESOLVED) {
            group.communityAlertId = null;
            return newlyGrouped;
        }
        group.communityAlertId = alert.alertId;
        for (Map.Entry<String, String> child : group.openChildren.entrySet()) {
            if (adopt(community, child.getKey())) {
                newlyGrouped.add(child.getValue());
            }
        }
        alert.childAlertIds = new ArrayList<>(community.incident.childAlertIds);
        return newlyGrouped;
    }

    /** Groups an open child incident under the community's; returns its alert to deliver, or null if not open. */
    public Alert groupUnder(GroupState group, MicroCommunityState child) {
        IncidentState incident = child.incident;
        if (incident.phase != IncidentState.Phase.ACTIVE || group.communityAlertId == null
                || group.communityAlertId.equals(incident.parentAlertId)) {
            return null;
        }
        tracker.groupUnder(incident, group.communityAlertId, child.lastWindowEnd);
        return AlertFactory.build(child);
    }

    private static boolean adopt(MicroCommunityState community, String childAlertId) {
        if (community.incident.childAlertIds.contains(childAlertId)) {
            return false;
        }
        community.incident.childAlertIds.add(childAlertId);
        return true;
    }
}
