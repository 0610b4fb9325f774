package io.undercurrent.jobs.generator;

import java.time.Duration;
import java.util.List;

/**
 * A scripted crisis in one micro-community: the volume surges and turns negative with complaints, staff post
 * updates, then the community recovers. Times are offsets from the generator's start.
 *
 * @param surge volume multiplier at full intensity
 * @param complaints what went wrong, as clauses that start a sentence, e.g. "I got charged twice for one payment"
 * @param staffUpdates what staff say while it lasts (neutral statements of fact)
 * @param resolution what staff say when it is over
 * @param relief what members say once it is fixed, as clauses, e.g. "my refund just arrived"
 */
public record CrisisScript(
        String platform,
        String community,
        String microCommunity,
        Duration startOffset,
        Duration duration,
        Duration recovery,
        double surge,
        List<String> complaints,
        List<String> staffUpdates,
        String resolution,
        List<String> relief) {

    /** Negative share of the micro-community's posts at full intensity. */
    static final double PEAK_NEGATIVE_SHARE = 0.9;

    private static final double RAMP_UP = 0.15;
    private static final double RAMP_DOWN = 0.20;

    public CrisisScript {
        complaints = List.copyOf(complaints);
        staffUpdates = List.copyOf(staffUpdates);
        relief = List.copyOf(relief);
        if (duration.isNegative() || duration.isZero() || surge < 1 || complaints.isEmpty() || staffUpdates.isEmpty()
                || relief.isEmpty()) {
            throw new IllegalArgumentException("A crisis needs a positive duration, surge >= 1, complaints, "
                    + "staff updates and relief phrases");
        }
    }

    public CrisisScript withTiming(Duration newStartOffset, Duration newDuration) {
        return new CrisisScript(platform, community, microCommunity, newStartOffset, newDuration, recovery, surge,
                complaints, staffUpdates, resolution, relief);
    }

    boolean targets(MicroCommunityProfile micro) {
        return micro.is(platform, community, microCommunity);
    }

    /** Whether {@code offsetMillis} (from the generator's start) lies in the crisis window proper. */
    public boolean inCrisis(long offsetMillis) {
        return offsetMillis >= startOffset.toMillis() && offsetMillis < endOffsetMillis();
    }

    /** 0 outside the crisis; rises to 1 over its first 15 %, holds, and falls over its last 20 %. */
    double intensity(long offsetMillis) {
        if (!inCrisis(offsetMillis)) {
            return 0;
        }
        double progress = (double) (offsetMillis - startOffset.toMillis()) / duration.toMillis();
        return Math.min(1, Math.min(progress / RAMP_UP, (1 - progress) / RAMP_DOWN));
    }

    /** 1 right after the crisis, falling to 0 at the end of the recovery period; 0 elsewhere. */
    double aftermath(long offsetMillis) {
        long sinceEnd = offsetMillis - endOffsetMillis();
        if (sinceEnd < 0 || sinceEnd >= recovery.toMillis()) {
            return 0;
        }
        return 1 - (double) sinceEnd / recovery.toMillis();
    }

    double volumeMultiplier(long offsetMillis) {
        return 1 + (surge - 1) * Math.max(intensity(offsetMillis), 0.15 * aftermath(offsetMillis));
    }

    /** When staff post update {@code index}: a quarter into the crisis, then evenly until shortly before its end. */
    long staffUpdateOffsetMillis(int index) {
        long step = staffUpdates.size() == 1 ? 0 : duration.toMillis() * 5 / 8 / (staffUpdates.size() - 1);
        return startOffset.toMillis() + duration.toMillis() / 4 + index * step;
    }

    /** The latest staff update posted by {@code offsetMillis} (the first one before any was posted). */
    String currentStaffUpdate(long offsetMillis) {
        int latest = 0;
        while (latest + 1 < staffUpdates.size() && staffUpdateOffsetMillis(latest + 1) <= offsetMillis) {
            latest++;
        }
        return staffUpdates.get(latest);
    }

    long endOffsetMillis() {
        return startOffset.toMillis() + duration.toMillis();
    }
}
