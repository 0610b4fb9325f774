package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.WindowStats;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * All detectors of one micro-community (or, fed community roll-ups, of one community) behind one call: a window
 * in, the assessments and alerts out. Holds only settings; the state lives in a {@link MicroCommunityState} the
 * caller keeps (a Flink {@code ValueState}), so one instance serves every key. Event time only.
 *
 * <p>Signals that raise an incident: {@link Alert.SignalKind#CRISIS_SPIKE} (a volume surge together with a
 * sentiment shift, at {@link DetectorSettings#minCrisisPosts} or more), engagement surge, activity drop,
 * staff latency, unanswered pile-up and emerging terms. A volume surge or a sentiment shift alone is reported
 * in the assessment but raises nothing: a busy happy hour or three angry posts are not incidents.
 */
public final class MicroCommunityDetector implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DetectorSettings settings;
    private final CountAnomalyDetector counts;
    private final SentimentShiftDetector sentiment;
    private final EngagementDetector engagementDetector;
    private final EmergingTermsDetector terms;
    private final LevelAnomalyDetector levels;
    private final IncidentTracker tracker;

    public MicroCommunityDetector(DetectorSettings settings) {
        this.settings = settings;
        this.counts = new CountAnomalyDetector(settings);
        this.sentiment = new SentimentShiftDetector(settings);
        this.engagementDetector = new EngagementDetector(settings);
        this.terms = new EmergingTermsDetector(settings);
        this.levels = new LevelAnomalyDetector(settings);
        this.tracker = new IncidentTracker(settings);
    }

    /**
     * Judges a window. Windows missed since the last one (nothing was posted, so the micro-map stage emitted
     * nothing) are judged first as empty windows, up to {@link DetectorSettings#maxGapFillMs}: silence is data for
     * the activity-drop signal, and incidents resolve during it. A window that ends no later than the last one
     * judged (a late re-emission) returns nothing.
     */
    public List<Assessment> update(MicroCommunityState state, WindowStats window) {
        List<Assessment> out = new ArrayList<>();
        long length = window.windowLengthMs();
        if (length <= 0 || window.windowEnd <= state.lastWindowEnd) {
            return out;
        }
        if (state.lastWindowEnd > 0 && window.windowStart > state.lastWindowEnd) {
            long fillUntil = Math.min(window.windowStart, state.lastWindowEnd + settings.maxGapFillMs);
            for (long start = state.lastWindowEnd; start + length <= fillUntil; start += length) {
                out.add(judge(state, WindowStats.empty(window.platform, window.community, window.microCommunity,
                        start, start + length)));
            }
        }
        out.add(judge(state, window));
        return out;
    }

    /** Lets a new micro-community start from its parent community's daily and weekly shape. */
    public void borrowShape(MicroCommunityState child, MicroCommunityState parent) {
        counts.baseline().borrowShape(child.volume.baseline, parent.volume.baseline);
    }

    private Assessment judge(MicroCommunityState state, WindowStats window) {
        long start = window.windowStart;
        long length = window.windowLengthMs();
        if (state.isNew()) {
            state.platform = window.platform;
            state.community = window.community;
            state.microCommunity = window.microCommunity;
        }
        state.lastWindowEnd = window.windowEnd;
        if (window.postCount > 0) {
            state.lastActiveWindowEnd = window.windowEnd;
        }
        CountReading volume = counts.update(state.volume, start, length, window.postCount);
        SentimentReading mood = sentiment.update(state.sentiment, window);
        CountReading engagement = engagementDetector.update(state.engagement, window);
        List<TermBurst> bursts = terms.update(state.terms, window);

        List<Alert.Signal> signals = new ArrayList<>();
        // A rise the CUSUM has been adding up counts only while this window is itself above usual.
        boolean windowRaised = volume.sigmas() >= settings.crisisWindowSigmas;
        double crisis = enoughForACrisis(state.sentiment, window) && windowRaised
                ? Math.min(volume.surgeEvidence() / settings.crisisVolumeFraction, mood.evidence()) : 0.0;
        if (crisis >= 1.0) {
            signals.add(new Alert.Signal(Alert.SignalKind.CRISIS_SPIKE, null, volume.observed(), volume.expected(),
                    volume.spread(), crisis));
            signals.add(new Alert.Signal(Alert.SignalKind.NEGATIVE_SHARE_RISE, null, mood.negativeShare(),
                    mood.expectedNegativeShare(), mood.negativeShareSpread(), mood.evidence()));
        }
        addIfAlarming(signals, Alert.SignalKind.ENGAGEMENT_SURGE, engagement, engagement.surgeEvidence());
        addIfAlarming(signals, Alert.SignalKind.ACTIVITY_DROP, volume, volume.dropEvidence());
        if (window.unansweredCount != null) {
            addIfPresent(signals, levels.update(state.unanswered, Alert.SignalKind.UNANSWERED_PILEUP, start, length,
                    window.unansweredCount, settings.unansweredSettleMs, settings.minUnansweredRise));
        }
        if (window.staffResponseSeconds != null && window.staffResponseSeconds > 0) {
            addIfPresent(signals, levels.update(state.latency, Alert.SignalKind.STAFF_LATENCY, start, length,
                    window.staffResponseSeconds, 0, settings.minLatencyRiseSeconds));
        }
        for (TermBurst burst : bursts) {
            signals.add(new Alert.Signal(Alert.SignalKind.EMERGING_TERM, burst.term(), burst.posts(),
                    burst.expected(), Math.sqrt(burst.expected()), burst.evidence()));
        }
        double evidence = signals.stream().mapToDouble(s -> s.evidence).max().orElse(Math.max(
                Math.max(crisis, volume.dropEvidence()), engagement.surgeEvidence()));

        IncidentUpdate update = tracker.update(state.incident, scopeKey(window), start, window.windowEnd, evidence);
        if (update.change() == IncidentUpdate.Change.OPENED) {
            state.incidentTerms.clear();
            state.incidentMostNegative.clear();
            state.incidentMostEngaged.clear();
        }
        if (!signals.isEmpty() && state.incident.phase == IncidentState.Phase.ACTIVE) {
            remember(state, window, signals, bursts);
        }
        Alert alert = update.delivers() ? AlertFactory.build(state) : null;
        return new Assessment(window, volume, mood, engagement, bursts, List.copyOf(signals), evidence, update,
                alert);
    }

    private static void addIfPresent(List<Alert.Signal> signals, Alert.Signal signal) {
        if (signal != null) {
            signals.add(signal);
        }
    }

    private static void addIfAlarming(List<Alert.Signal> signals, Alert.SignalKind kind, CountReading reading,
            double evidence) {
        if (evidence >= 1.0) {
            signals.add(new Alert.Signal(kind, null, reading.observed(), reading.expected(), reading.spread(),
                    evidence));
        }
    }

    private void remember(MicroCommunityState state, WindowStats window, List<Alert.Signal> signals,
            List<TermBurst> bursts) {
        state.incidentSignals = new ArrayList<>(signals);
        for (TermBurst burst : bursts) {
            if (!state.incidentTerms.contains(burst.term()) && state.incidentTerms.size() < settings.topTermsOnAlert) {
                state.incidentTerms.add(burst.term());
            }
        }
        IncidentEvidence.keepMostNegative(state.incidentMostNegative, window.mostNegative,
                settings.evidencePostsOnAlert);
        IncidentEvidence.keepMostEngaged(state.incidentMostEngaged, window.mostEngaged,
                settings.evidencePostsOnAlert);
    }

    /**
     * Enough recent posts (the window and the fading pool of the last few), from enough people when the micro-map
     * knows how many, for a mood swing to be a crisis.
     */
    private boolean enoughForACrisis(SentimentState recent, WindowStats window) {
        boolean authorsKnown = window.uniqueAuthors > 0;
        boolean enoughAuthors = !authorsKnown || (recent.pooledAuthors >= settings.minCrisisAuthors
                && window.uniqueAuthors >= Math.min(settings.minCrisisAuthors, window.postCount));
        return window.postCount > 0 && recent.pooledPosts >= settings.minCrisisPosts && enoughAuthors;
    }

    /** The scope an incident belongs to: the micro-community, or the community for roll-ups. */
    static String scopeKey(WindowStats window) {
        return window.microCommunity == null ? window.communityKey() : window.key();
    }
}
