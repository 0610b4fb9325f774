package io.undercurrent.jobs.generator;

import java.time.Duration;
import java.util.List;

/**
 * What the traffic generator simulates.
 *
 * @param startMillis simulated time (epoch millis) the generator starts at
 * @param postsPerSecond mean rate, over a day and a week and across all micro-communities, of posts members
 *     start or join conversations with; answers back and staff replies add about a fifth to it
 * @param speedUp how many simulated seconds pass per wall-clock second when run in real time
 * @param nonEnglishShare share of posts written in Spanish, German or French
 * @param microCommunities who posts
 * @param crisis the scripted crisis, or null for none
 */
public record GeneratorConfig(
        long startMillis,
        double postsPerSecond,
        double speedUp,
        double nonEnglishShare,
        List<MicroCommunityProfile> microCommunities,
        CrisisScript crisis) {

    public GeneratorConfig {
        microCommunities = List.copyOf(microCommunities);
        if (postsPerSecond <= 0 || speedUp <= 0 || nonEnglishShare < 0 || nonEnglishShare > 1
                || microCommunities.isEmpty()) {
            throw new IllegalArgumentException("Need postsPerSecond > 0, speedUp > 0, nonEnglishShare in [0, 1] "
                    + "and at least one micro-community");
        }
        if (crisis != null && microCommunities.stream().noneMatch(crisis::targets)) {
            throw new IllegalArgumentException("The crisis targets " + crisis.platform() + "/" + crisis.community()
                    + "/" + crisis.microCommunity() + ", which is not among the micro-communities");
        }
    }

    /**
     * The demo world starting now: 21 micro-communities in 4 communities on Discord, Reddit, Mastodon and
     * Discourse; 15 to 30 posts/s depending on the hour (up to about 50 at the height of the crisis), in real
     * time; 3 % of posts in Spanish, German or French; a crisis in r/NovaPay 3 to 4 minutes in that lasts 5
     * minutes.
     */
    public static GeneratorConfig demo() {
        return demo(System.currentTimeMillis(), Duration.ZERO);
    }

    /**
     * The demo world with {@code history} of traffic before {@code liveMillis}, to replay before playing live. The
     * crisis comes 3 to 4 minutes after {@code liveMillis}, on a whole minute, so its first posts open a window.
     */
    public static GeneratorConfig demo(long liveMillis, Duration history) {
        CrisisScript crisis = DemoWorld.crisis();
        long minute = Duration.ofMinutes(1).toMillis();
        long crisisMillis = Math.floorDiv(liveMillis + crisis.startOffset().toMillis() + minute - 1, minute) * minute;
        long startMillis = liveMillis - history.toMillis();
        return new GeneratorConfig(startMillis, 20, 1, 0.03, DemoWorld.microCommunities(),
                crisis.withTiming(Duration.ofMillis(crisisMillis - startMillis), crisis.duration()));
    }

    /** Simulated time (epoch millis) the crisis starts at; {@link Long#MAX_VALUE} when there is none. */
    public long crisisStartMillis() {
        return crisis == null ? Long.MAX_VALUE : startMillis + crisis.startOffset().toMillis();
    }

    public GeneratorConfig withStart(long newStartMillis) {
        return new GeneratorConfig(newStartMillis, postsPerSecond, speedUp, nonEnglishShare, microCommunities, crisis);
    }

    public GeneratorConfig withPostsPerSecond(double newPostsPerSecond) {
        return new GeneratorConfig(startMillis, newPostsPerSecond, speedUp, nonEnglishShare, microCommunities, crisis);
    }

    public GeneratorConfig withSpeedUp(double newSpeedUp) {
        return new GeneratorConfig(startMillis, postsPerSecond, newSpeedUp, nonEnglishShare, microCommunities, crisis);
    }

    /** The same world with another crisis, or none when {@code newCrisis} is null. */
    public GeneratorConfig withCrisis(CrisisScript newCrisis) {
        return new GeneratorConfig(startMillis, postsPerSecond, speedUp, nonEnglishShare, microCommunities, newCrisis);
    }

    public Catalogue catalogue() {
        return new Catalogue(microCommunities.stream().map(MicroCommunityProfile::microCommunity).toList());
    }
}
