package io.undercurrent.jobs.records;

import java.util.ArrayList;
import java.util.List;

/**
 * One incident in one micro-community (or community), re-emitted with the same {@link #alertId} and a higher
 * {@link #version} each time it opens, escalates, is grouped or resolves: one incident, one alert. A Flink POJO
 * and the JSON document of the alerts topic and index.
 */
public class Alert {
    /** Lifecycle state, as delivered. */
    public enum State { OPEN, ESCALATED, RESOLVED }

    public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }

    /** What was abnormal. */
    public enum SignalKind {
        /** More posts than the baseline together with a sentiment shift: the crisis spike. */
        CRISIS_SPIKE,
        VOLUME_SURGE,
        NEGATIVE_SHARE_RISE,
        ENGAGEMENT_SURGE,
        /** Far fewer posts than the baseline: a community going quiet. */
        ACTIVITY_DROP,
        STAFF_LATENCY,
        UNANSWERED_PILEUP,
        EMERGING_TERM
    }

    /** One abnormal measurement, with the baseline it was judged against. */
    public static class Signal {
        public SignalKind kind;
        /** The term, for {@link SignalKind#EMERGING_TERM}; null otherwise. */
        public String term;
        public double observed;
        public double expected;
        /** One standard deviation of the baseline, in the units of {@link #observed}. */
        public double spread;
        /** Strength: 1 is the alarm level. */
        public double evidence;

        public Signal() {}

        public Signal(SignalKind kind, String term, double observed, double expected, double spread, double evidence) {
            this.kind = kind;
            this.term = term;
            this.observed = observed;
            this.expected = expected;
            this.spread = spread;
            this.evidence = evidence;
        }

        @Override
        public String toString() {
            return kind + (term == null ? "" : "(" + term + ")") + " " + String.format("%.3g vs %.3g±%.2g, x%.2f",
                    observed, expected, spread, evidence);
        }
    }

    /** One step of the incident's lifecycle. */
    public static class Transition {
        /** Event time (window end) of the step, epoch milliseconds. */
        public long time;
        public State state;
        public Severity severity;
        public String note;

        public Transition() {}

        public Transition(long time, State state, Severity severity, String note) {
            this.time = time;
            this.state = state;
            this.severity = severity;
            this.note = note;
        }
    }

    /** Stable across updates of the incident: {@code scope key:start time}. */
    public String alertId;
    /** Grows by one with each emission (lifecycle step or grouping), so sinks keep the newest. */
    public long version;
    public String platform;
    public String community;
    /** Null for a community-level incident. */
    public String microCommunity;
    /** The community incident this micro-community's alert is grouped under, or null. */
    public String parentAlertId;
    /** For a community incident: the alerts of its micro-communities grouped under it. */
    public List<String> childAlertIds = new ArrayList<>();
    public State state;
    public Severity severity;
    /** Event time of the first firing window's start. */
    public long startTime;
    /** Event time of the latest window this alert reflects (its end). */
    public long updateTime;
    /** Event time the incident resolved, or null while it is open. */
    public Long resolvedTime;
    /** The signals of the latest firing window. */
    public List<Signal> signals = new ArrayList<>();
    public List<Transition> history = new ArrayList<>();
    public List<String> topTerms = new ArrayList<>();
    /** The most negative posts of the incident's firing windows, most negative first. */
    public List<EvidencePost> mostNegative = new ArrayList<>();
    /** The most engaged posts of the incident's firing windows, most engaged first. */
    public List<EvidencePost> mostEngaged = new ArrayList<>();
    /** Grafana dashboard filtered to this micro-community and the incident's time range. */
    public String dashboardUrl;

    public Alert() {}

    @Override
    public String toString() {
        return "Alert{" + alertId + " v" + version + " " + state + " " + severity + " " + platform + "/" + community
                + (microCommunity == null ? "" : "/" + microCommunity) + " signals=" + signals + "}";
    }
}
