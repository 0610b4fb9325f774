package io.undercurrent.jobs.testing;

import io.undercurrent.jobs.generator.CrisisScript;
import io.undercurrent.jobs.generator.GeneratorConfig;
import io.undercurrent.jobs.generator.TrafficGenerator;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.sources.CanonicalPostJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated traffic with a scripted crisis, for tests of the alerts: the demo world's posts (its texts and
 * rhythms, from the project's own generator) over a few hours, the crisis placed after the detectors' 2-hour
 * warm-up.
 *
 * @param start          first post time
 * @param postsPerSecond mean rate over all micro-communities
 * @param crisis         where and when the crisis is, as offsets from {@code start}
 * @param onlyCommunity  keep only this community's micro-communities, or null for the whole world
 */
public record CrisisTraffic(Instant start, double postsPerSecond, CrisisScript crisis, String onlyCommunity) {

    /** The whole demo world at 2 posts/s, its crisis in r/NovaPay for 15 minutes, 150 minutes in. */
    public static CrisisTraffic demoWorld(Instant start) {
        return new CrisisTraffic(start, 2, GeneratorConfig.demo().crisis()
                .withTiming(Duration.ofMinutes(150), Duration.ofMinutes(15)), null);
    }

    public CrisisTraffic onlyTheCrisisCommunity() {
        return new CrisisTraffic(start, postsPerSecond, crisis, crisis.community());
    }

    public CrisisTraffic withTiming(Duration crisisAt, Duration crisisLength) {
        return new CrisisTraffic(start, postsPerSecond, crisis.withTiming(crisisAt, crisisLength), onlyCommunity);
    }

    public Instant crisisStart() {
        return start.plus(crisis.startOffset());
    }

    public Instant crisisEnd() {
        return crisisStart().plus(crisis.duration());
    }

    /** {@link #posts} as canonical JSON records of {@code topic}. */
    public List<ScriptedStream.Message> messages(Duration length, String topic) {
        return posts(length).stream().map(post -> new ScriptedStream.Message(topic, CanonicalPostJson.encode(post)))
                .toList();
    }

    /** Every post from {@link #start} for {@code length}, in time order. */
    public List<Post> posts(Duration length) {
        GeneratorConfig demo = GeneratorConfig.demo();
        GeneratorConfig config = new GeneratorConfig(start.toEpochMilli(), postsPerSecond, 1, demo.nonEnglishShare(),
                demo.microCommunities().stream()
                        .filter(m -> onlyCommunity == null || m.community().community().equals(onlyCommunity))
                        .toList(),
                crisis);
        List<Post> posts = new ArrayList<>();
        new TrafficGenerator(config, 42).generateUntil(start.plus(length).toEpochMilli(), generated -> posts.add(generated.post()));
        return posts;
    }
}
