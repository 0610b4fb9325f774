package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.ScoredPost;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Synthetic scored posts for the windowing benchmark, a pure function of their sequence number: spread evenly over
 * {@code microCommunities} (each gets a post every {@code microCommunities} posts, in a scrambled order), 100 per
 * community, in event-time order at {@code postsPerSecond}. Four in ten reply to their micro-community's previous
 * post, one in twenty is by staff, authors come from a pool of 200,000, four topics from a vocabulary of 1,000.
 */
final class BenchmarkPosts implements MapFunction<Long, ScoredPost> {

    static final long START = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
    static final int MICRO_COMMUNITIES_PER_COMMUNITY = 100;
    private static final int AUTHORS = 200_000;
    private static final int VOCABULARY = 1_000;
    private static final long SCRAMBLE = 7_919; // prime, so i -> i * SCRAMBLE mod n is a permutation

    private final int microCommunities;
    private final double postsPerSecond;

    BenchmarkPosts(int microCommunities, double postsPerSecond) {
        this.microCommunities = microCommunities;
        this.postsPerSecond = postsPerSecond;
    }

    @Override
    public ScoredPost map(Long sequence) {
        long i = sequence;
        long micro = (i % microCommunities) * SCRAMBLE % microCommunities;
        long random = mix(i);
        Post post = new Post();
        post.id = "bench:" + i;
        post.platform = "bench";
        post.community = "community-" + micro / MICRO_COMMUNITIES_PER_COMMUNITY;
        post.microCommunity = "micro-" + micro;
        post.author = random % 20 == 0 ? "staff" : "user-" + (random >>> 8) % AUTHORS;
        post.text = "benchmark post " + i;
        post.createdAt = START + (long) (i * 1000 / postsPerSecond);
        post.likes = (random >>> 20) % 20;
        post.replies = (random >>> 28) % 4;
        if (i >= microCommunities && (random >>> 32) % 10 < 4) {
            post.parentId = "bench:" + (i - microCommunities);
        }
        ScoredPost scored = new ScoredPost();
        scored.post = post;
        if ((random >>> 40) % 100 < 3) {
            scored.label = "unsupported";
        } else {
            scored.score = ((random >>> 11) % 2001) / 1000.0 - 1.0;
            scored.label = scored.score < -0.2 ? "negative" : scored.score > 0.2 ? "positive" : "neutral";
        }
        scored.topics = new String[4];
        for (int t = 0; t < scored.topics.length; t++) {
            scored.topics[t] = "topic-" + Math.floorMod(mix(random + t), VOCABULARY);
        }
        return scored;
    }

    /** SplitMix64's finalizer: a well-spread pseudo-random number per sequence number. */
    static long mix(long x) {
        long z = x + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
