package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.WindowStats;
import java.io.Serializable;

/**
 * A shift of a micro-community's mood towards negative: the negative share up, or the mean sentiment down, by more
 * than sampling noise at the window's post count (binomial for the share, standard error for the mean) plus the
 * usual window-to-window variation, and by a minimum absolute amount. The baseline is exponentially weighted and
 * learns winsorised values, so a crisis does not become the new normal within the hour.
 */
public final class SentimentShiftDetector implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DetectorSettings settings;

    public SentimentShiftDetector(DetectorSettings settings) {
        this.settings = settings;
    }

    public SentimentReading update(SentimentState state, WindowStats window) {
        pool(state, window);
        long n = window.scoredCount;
        double share = window.negativeShare();
        double mean = window.meanSentiment();
        if (n == 0) {
            return SentimentReading.notReady(share, mean);
        }
        if (state.windows == 0) {
            state.windows = 1;
            state.firstWindowStart = window.windowStart;
            state.negativeShare = share;
            state.meanSentiment = mean;
            return SentimentReading.notReady(share, mean);
        }
        double p0 = clampShare(state.negativeShare);
        double shareSd = Math.sqrt(p0 * (1 - p0) / n + state.negativeShareExtraVariance);
        double meanSd = Math.sqrt(settings.postSentimentVariance / n + state.meanSentimentExtraVariance);
        double pooledShare = state.pooledNegative / state.pooledScored;
        double pooledMean = state.pooledSentimentSum / state.pooledScored;
        // The pool only backs a window that is itself at least halfway to the alarm, so the tail of a crisis,
        // pooled, does not keep it open once its windows look normal again.
        double windowEvidence = evidence(state, n, share, mean);
        double evidence = windowEvidence >= settings.resolveEvidence ? Math.max(windowEvidence,
                evidence(state, state.pooledScored, pooledShare, pooledMean)) : windowEvidence;
        boolean ready = window.windowStart - state.firstWindowStart >= settings.warmupMs;
        SentimentReading reading = new SentimentReading(share, state.negativeShare, shareSd, mean,
                state.meanSentiment, ready ? Math.max(0.0, evidence) : 0.0, ready);
        learn(state, window, share, shareSd, p0 * (1 - p0) / n, mean, meanSd, settings.postSentimentVariance / n);
        return reading;
    }

    /**
     * How far a share and mean of {@code n} judged posts are towards negative; 1 is the alarm level, 0 when they
     * moved too little to matter.
     */
    private double evidence(SentimentState state, double n, double share, double mean) {
        double p0 = clampShare(state.negativeShare);
        double shareSd = Math.sqrt(p0 * (1 - p0) / n + state.negativeShareExtraVariance);
        double meanSd = Math.sqrt(settings.postSentimentVariance / n + state.meanSentimentExtraVariance);
        boolean bigEnough = share - state.negativeShare >= settings.minNegativeShareRise
                || state.meanSentiment - mean >= settings.minMeanSentimentDrop;
        if (!bigEnough) {
            return 0.0;
        }
        double shareSigmas = (share - state.negativeShare) / shareSd;
        double dropSigmas = (state.meanSentiment - mean) / meanSd;
        return Math.max(shareSigmas, dropSigmas) / settings.sentimentShiftSigmas;
    }

    /** Adds the window to the pool of recent windows, after the older ones have faded by one window's age. */
    private void pool(SentimentState state, WindowStats window) {
        double fade = Math.exp(-(double) window.windowLengthMs() / settings.pooledSentimentMs);
        state.pooledPosts = fade * state.pooledPosts + window.postCount;
        state.pooledAuthors = fade * state.pooledAuthors + window.uniqueAuthors;
        state.pooledScored = fade * state.pooledScored + window.scoredCount;
        state.pooledNegative = fade * state.pooledNegative + window.negativeCount;
        state.pooledSentimentSum = fade * state.pooledSentimentSum + window.sentimentSum;
    }

    private void learn(SentimentState state, WindowStats window, double share, double shareSd, double shareNoise,
            double mean, double meanSd, double meanNoise) {
        // A running mean at first, so the first window does not weigh on the baseline for a whole time constant.
        double rate = Math.max(SeasonalBaseline.rate(window.windowLengthMs(), settings.sentimentTimeConstantMs),
                1.0 / (state.windows + 1));
        double limit = settings.winsorizeSigmas;
        double shareResidual = clamp(share - state.negativeShare, limit * shareSd);
        double meanResidual = clamp(mean - state.meanSentiment, limit * meanSd);
        state.negativeShare += rate * shareResidual;
        state.meanSentiment += rate * meanResidual;
        state.negativeShareExtraVariance = Math.max(0.0, state.negativeShareExtraVariance
                + rate * (shareResidual * shareResidual - shareNoise - state.negativeShareExtraVariance));
        state.meanSentimentExtraVariance = Math.max(0.0, state.meanSentimentExtraVariance
                + rate * (meanResidual * meanResidual - meanNoise - state.meanSentimentExtraVariance));
        state.windows++;
    }

    /** Keeps the binomial variance away from zero when the usual share is 0 or 1. */
    private static double clampShare(double p) {
        return Math.max(0.02, Math.min(0.98, p));
    }

    private static double clamp(double value, double limit) {
        return Math.max(-limit, Math.min(limit, value));
    }
}
