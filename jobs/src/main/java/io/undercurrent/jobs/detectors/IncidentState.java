package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.Alert;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Where one scope's (micro-community's or community's) incident stands. A Flink POJO. */
public class IncidentState implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Phase {
        /** No incident. */
        QUIET,
        /** An incident is open (or escalated). */
        ACTIVE,
        /** Resolved, but a new firing within the cooldown reopens it rather than raising a new alert. */
        COOLING
    }

    public Phase phase = Phase.QUIET;
    public String incidentId;
    public Alert.State alertState;
    public Alert.Severity severity;
    public long startTime;
    public long lastFiringTime;
    /** Start of the current run of calm windows, or -1 while the evidence is not calm. */
    public long calmSince = -1;
    public long resolvedTime;
    public double peakEvidence;
    public long version;
    /** The community incident this micro-community's incident is grouped under, or null. */
    public String parentAlertId;
    /** For a community incident: the micro-community incidents grouped under it. */
    public List<String> childAlertIds = new ArrayList<>();
    public List<Alert.Transition> history = new ArrayList<>();

    public IncidentState() {}
}
