package io.undercurrent.jobs.detectors.simulate;

import io.undercurrent.jobs.generator.Poisson;
import io.undercurrent.jobs.records.WindowStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Window statistics of synthetic micro-communities with a daily and weekly rhythm: Poisson counts around a rate
 * that also wanders from window to window (log-normal, 25%), binomial negative posts around a share that wanders
 * too, and engagement per post that varies. Crises multiply the volume and raise the negative share.
 */
public final class SyntheticTraffic {
    public static final String PLATFORM = "sim";
    private static final double RATE_NOISE = 0.25;
    private static final double SHARE_NOISE = 0.03;

    private final List<CommunityProfile> profiles;
    private final long startMs;
    private final long windowMs;
    private final Random random;

    public SyntheticTraffic(List<CommunityProfile> profiles, long startMs, long windowMs, long seed) {
        this.profiles = profiles;
        this.startMs = startMs;
        this.windowMs = windowMs;
        this.random = new Random(seed);
    }

    /** {@code count} micro-communities in communities of ten, from one tenth of a post to twenty per window. */
    public static List<CommunityProfile> profiles(int count, long seed) {
        Random random = new Random(seed);
        List<CommunityProfile> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double rate = Math.exp(Math.log(0.3) + random.nextDouble() * Math.log(20 / 0.3));
            out.add(new CommunityProfile("community-" + (i / 10), "micro-" + i, rate,
                    0.4 + 0.5 * random.nextDouble(), 13 + 8 * random.nextDouble(), 0.5 + 0.4 * random.nextDouble(),
                    0.1 + 0.2 * random.nextDouble(), 1 + 4 * random.nextDouble()));
        }
        return out;
    }

    public List<CommunityProfile> profiles() {
        return profiles;
    }

    public long windowStart(int window) {
        return startMs + window * windowMs;
    }

    /** One window of one micro-community, with any crises that cover it. */
    public WindowStats window(int micro, int window, List<InjectedCrisis> crises) {
        CommunityProfile p = profiles.get(micro);
        long start = windowStart(window);
        double hour = ((start / 3_600_000.0) % 24 + 24) % 24;
        long day = Math.floorDiv(start, 86_400_000L);
        boolean weekend = Math.floorMod(day + 3, 7) >= 5;
        double rate = p.postsPerWindow() * Math.exp(p.dailyAmplitude() * Math.cos(2 * Math.PI * (hour - p.peakHour()) / 24))
                * (weekend ? p.weekendFactor() : 1.0) * Math.exp(RATE_NOISE * random.nextGaussian());
        double share = p.negativeShare() + SHARE_NOISE * random.nextGaussian();
        double likes = p.likesPerPost();
        for (InjectedCrisis crisis : crises) {
            double intensity = crisis.microCommunity() == micro ? crisis.intensity(window) : 0.0;
            if (intensity > 0) {
                rate *= 1 + (crisis.volumeFactor() - 1) * intensity;
                share += (crisis.negativeShare() - share) * intensity;
                likes *= 1 + 0.5 * intensity;
            }
        }
        share = Math.max(0.0, Math.min(1.0, share));

        WindowStats w = WindowStats.empty(PLATFORM, p.community(), p.microCommunity(), start, start + windowMs);
        w.postCount = poisson(rate);
        w.scoredCount = w.postCount;
        double positiveShare = (1 - share) * 0.5;
        for (long i = 0; i < w.postCount; i++) {
            double u = random.nextDouble();
            if (u < share) {
                w.negativeCount++;
                w.sentimentSum -= 0.4 + 0.4 * random.nextDouble();
            } else if (u < share + positiveShare) {
                w.sentimentSum += 0.4 + 0.4 * random.nextDouble();
            }
        }
        w.engagement = poisson(w.postCount * likes * Math.exp(0.3 * random.nextGaussian()));
        return w;
    }

    private long poisson(double mean) {
        return Poisson.sample(random, mean);
    }
}
