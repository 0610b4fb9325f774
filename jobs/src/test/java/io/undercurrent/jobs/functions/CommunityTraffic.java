package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.generator.Poisson;
import io.undercurrent.jobs.records.EvidencePost;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.TopicCell;
import java.util.Random;

/**
 * Test traffic of one community: 1-minute micro-maps with every field the micro-map stage fills (authors,
 * engagement, topics, evidence posts), Poisson post counts from a seeded generator, from Monday 2025-01-06 00:00 UTC.
 */
final class CommunityTraffic {
    static final long MINUTE = 60_000L;
    static final long START = 1_736_121_600_000L;
    static final String PLATFORM = "reddit";
    static final String COMMUNITY = "novapay";

    private final Random random;
    private long nextPostId;

    CommunityTraffic(long seed) {
        random = new Random(seed);
    }

    static long end(int minute) {
        return START + (minute + 1) * MINUTE;
    }

    /** Usual traffic: about {@code mean} posts, a fifth of them negative, about "card" and "app". */
    MicroMap quiet(String micro, int minute, double mean) {
        return map(micro, minute, poisson(mean), 0.2, "card", "app");
    }

    /** {@code posts} posts, about {@code negativeShare} of them negative, using {@code terms}. */
    MicroMap map(String micro, int minute, long posts, double negativeShare, String... terms) {
        MicroMap m = new MicroMap();
        m.platform = PLATFORM;
        m.community = COMMUNITY;
        m.microCommunity = micro;
        m.resolution = "1m";
        m.windowStart = START + minute * MINUTE;
        m.windowEnd = m.windowStart + MINUTE;
        m.postCount = posts;
        m.scoredCount = posts;
        m.uniqueAuthors = Math.max(posts == 0 ? 0 : 1, Math.round(posts * 0.9));
        m.sentimentBuckets = new long[5];
        double worst = 1.0;
        for (long i = 0; i < posts; i++) {
            if (random.nextDouble() < negativeShare) {
                double score = -0.4 - 0.5 * random.nextDouble();
                worst = Math.min(worst, score);
                m.negativeCount++;
                m.sentimentSum += score;
                m.sentimentSumOfSquares += score * score;
                m.sentimentBuckets[1]++;
            } else {
                m.neutralCount++;
                m.sentimentSum += 0.1;
                m.sentimentSumOfSquares += 0.01;
                m.sentimentBuckets[2]++;
            }
        }
        m.likes = 2 * posts;
        m.replies = posts / 2;
        m.topics = new TopicCell[terms.length];
        for (int i = 0; i < terms.length; i++) {
            TopicCell cell = new TopicCell();
            cell.topic = terms[i];
            cell.count = Math.max(0, posts - 2L * i);
            cell.sentimentSum = -0.1 * cell.count;
            m.topics[i] = cell;
        }
        m.mostNegative = posts == 0 ? new EvidencePost[0] : new EvidencePost[] {post(micro, m.windowStart, worst, 1)};
        m.mostEngaged = posts == 0 ? new EvidencePost[0] : new EvidencePost[] {post(micro, m.windowStart, 0.1, 40)};
        return m;
    }

    private EvidencePost post(String micro, long time, double score, long engagement) {
        EvidencePost post = new EvidencePost();
        post.id = PLATFORM + ":" + (++nextPostId);
        post.author = "member" + nextPostId;
        post.text = (score < 0 ? "I was charged twice and nobody answers in " : "Nice update in ") + micro;
        post.score = score;
        post.engagement = engagement;
        post.createdAt = time + 1_000;
        post.url = "https://example.org/" + nextPostId;
        return post;
    }

    long poisson(double mean) {
        return Poisson.sample(random, mean);
    }
}
