package io.undercurrent.jobs.detectors;

import java.io.Serializable;

/**
 * Holds a single window to the series' own record: its surprise must beat the largest single-window surprise of
 * earlier hours, faded over {@link DetectorSettings#falseAlarmIntervalMs}, as well as the tail's alarm level. A
 * bursty series (a channel with a rush every evening, a ticker that spikes on every rumour) then alerts on a burst
 * bigger than its recent ones, not on each burst like them. The bar never rises beyond
 * {@link DetectorSettings#burstMemoryCap} times the tail's level, so one freak storm cannot mute a series for weeks,
 * and the current hour is left out, so a burst's own windows never hold it back.
 */
public final class BurstMemory implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DetectorSettings settings;

    public BurstMemory(DetectorSettings settings) {
        this.settings = settings;
    }

    /** The alarm level, in sigmas, for the window at {@code windowStart}, given the tail's {@code tailLevel}. */
    public double level(BurstState state, long windowStart, double tailLevel) {
        advance(state, windowStart);
        return Math.max(tailLevel, Math.min(state.fadedPeak, settings.burstMemoryCap * tailLevel));
    }

    /** Remembers a window's surprise. */
    public void learn(BurstState state, long windowStart, double sigmas) {
        advance(state, windowStart);
        state.hourPeak = Math.max(state.hourPeak, sigmas);
    }

    private double fade(long hours) {
        return Math.exp(-(double) hours * SeasonalBaseline.HOUR_MS / settings.falseAlarmIntervalMs);
    }

    /** On entering a new hour, fades the record and folds in the last hour's peak (faded since that hour ended). */
    private void advance(BurstState state, long windowStart) {
        long hour = Math.floorDiv(windowStart, SeasonalBaseline.HOUR_MS);
        if (hour == state.hour) {
            return;
        }
        if (state.hour != BurstState.NO_HOUR) {
            long hours = hour - state.hour;
            state.fadedPeak = Math.max(state.fadedPeak * fade(hours), state.hourPeak * fade(hours - 1));
        }
        state.hourPeak = 0.0;
        state.hour = hour;
    }
}
