package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.Alert;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** State of an {@link IncidentGrouper} for one community. A Flink POJO. */
public class GroupState implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The community's open incident, or null. */
    public String communityAlertId;
    /** Latest alert of each micro-community whose incident is open, by alert id. */
    public Map<String, Alert> openChildren = new LinkedHashMap<>();

    public GroupState() {}
}
