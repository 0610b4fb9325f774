package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.EvidencePost;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the detectors keep for one micro-community (or community): what a Flink keyed operator holds per
 * scope. A Flink POJO of a few kilobytes.
 */
public class MicroCommunityState implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The scope, as of its first window; {@link #microCommunity} is null for a community. */
    public String platform;
    public String community;
    public String microCommunity;
    /** End of the latest window judged; windows ending earlier are late re-emissions and are not judged again. */
    public long lastWindowEnd;
    /** End of the latest window with posts in it. */
    public long lastActiveWindowEnd;
    public CountState volume = new CountState();
    public EngagementState engagement = new EngagementState();
    /** log(1 + threads waiting for a staff reply). */
    public BaselineState unanswered = new BaselineState();
    /** Log staff response seconds. */
    public BaselineState latency = new BaselineState();
    public SentimentState sentiment = new SentimentState();
    public TermState terms = new TermState();
    public IncidentState incident = new IncidentState();
    /** Signals of the open incident's latest firing window, repeated on its resolution. */
    public List<Alert.Signal> incidentSignals = new ArrayList<>();
    public List<String> incidentTerms = new ArrayList<>();
    public List<EvidencePost> incidentMostNegative = new ArrayList<>();
    public List<EvidencePost> incidentMostEngaged = new ArrayList<>();

    public MicroCommunityState() {}

    /** True before the first window: nothing learned yet. */
    public boolean isNew() {
        return lastWindowEnd == 0;
    }

    /** True while an incident is open (not yet resolved). */
    public boolean incidentOpen() {
        return incident.phase == IncidentState.Phase.ACTIVE;
    }
}
