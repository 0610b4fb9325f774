package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.WindowStats;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Terms ("recall", "outage", "refund") bursting from next to nothing inside a micro-community. Each tracked term
 * keeps an exponentially weighted rate that decays while the term is absent; a window's count bursts when it is
 * large in absolute terms, large relative to the usual rate, and improbable under a Poisson at that rate.
 *
 * <p>A window lists only its top terms, so a term missing from the list may still have been used, up to as often
 * as the list's least used term. Busy micro-communities use everyday words ("ngl", "thinking") just below that
 * line most of the time: their learned rates look like nothing, and a chance window that lifts them into the list
 * would look like a burst. So no term's usual rate is taken below the usual count of the list's least used term
 * ({@link WindowStats#unlistedTermCeiling}).
 */
public final class EmergingTermsDetector implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DetectorSettings settings;

    public EmergingTermsDetector(DetectorSettings settings) {
        this.settings = settings;
    }

    /** Judges and learns one window's term counts; returns its bursts, strongest first. */
    public List<TermBurst> update(TermState state, WindowStats window) {
        if (!state.started) {
            state.started = true;
            state.firstWindowStart = window.windowStart;
        }
        boolean ready = window.windowStart - state.firstWindowStart >= settings.warmupMs;
        long length = window.windowLengthMs();
        double floor = settings.termFloorPerHour * length / SeasonalBaseline.HOUR_MS;
        double learningRate = SeasonalBaseline.rate(length, settings.termTimeConstantMs);
        // Every rate starts at zero when the detector starts; dividing by the weight the history has had so far
        // removes that start's pull towards zero (the bias correction of a cold-started moving average).
        double age = Math.max(length, window.windowStart - state.firstWindowStart);
        double historyWeight = SeasonalBaseline.rate((long) age, settings.termTimeConstantMs);
        double unlisted = state.unlistedCeiling / historyWeight;
        List<TermBurst> bursts = new ArrayList<>();
        for (int i = 0; i < Math.min(window.terms.length, window.termCounts.length); i++) {
            String term = window.terms[i];
            int posts = window.termCounts[i];
            if (term == null || posts <= 0) {
                continue;
            }
            TermState.TermRate known = state.terms.computeIfAbsent(term, t -> new TermState.TermRate());
            double usual = decayed(known, window.windowStart);
            double expected = Math.max(Math.max(usual / historyWeight, unlisted), floor);
            double evidence = Math.min(Math.min((double) posts / settings.minTermPosts,
                    posts / (settings.minTermRatio * expected)),
                    CountDistribution.sigmas(posts, expected, 0.0) / settings.termBurstSigmas);
            if (ready && evidence >= 1.0) {
                bursts.add(new TermBurst(term, posts, expected, evidence));
            }
            known.rate = usual + learningRate * (posts - usual);
            known.updatedAt = window.windowStart;
        }
        state.unlistedCeiling += learningRate * (window.unlistedTermCeiling - state.unlistedCeiling);
        forgetRarest(state, window.windowStart);
        bursts.sort(Comparator.comparingDouble(TermBurst::evidence).reversed());
        return bursts;
    }

    /** The usual rate now: absent windows since the last update count as zeros. */
    private double decayed(TermState.TermRate known, long now) {
        if (known.updatedAt == 0 && known.rate == 0) {
            return 0.0;
        }
        return known.rate * Math.exp(-(double) Math.max(0, now - known.updatedAt) / settings.termTimeConstantMs);
    }

    /** Keeps the state bounded: past 120% of the limit, drops the rarest terms down to the limit. */
    private void forgetRarest(TermState state, long now) {
        int limit = settings.maxTrackedTerms;
        if (state.terms.size() <= limit + limit / 5) {
            return;
        }
        List<Map.Entry<String, TermState.TermRate>> entries = new ArrayList<>(state.terms.entrySet());
        entries.sort(Comparator.comparingDouble(e -> decayed(e.getValue(), now)));
        for (int i = 0; i < entries.size() - limit; i++) {
            state.terms.remove(entries.get(i).getKey());
        }
    }
}
