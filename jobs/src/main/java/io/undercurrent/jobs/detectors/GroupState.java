package io.undercurrent.jobs.detectors;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** State of an {@link IncidentGrouper} for one community. A Flink POJO. */
public class GroupState implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The community's open incident, or null. */
    public String communityAlertId;
    /** Micro-community of each open micro-community incident, by alert id. */
    public Map<String, String> openChildren = new LinkedHashMap<>();

    public GroupState() {}
}
