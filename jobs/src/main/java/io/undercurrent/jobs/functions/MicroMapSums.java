package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.MicroMap;

/** Adds one micro-map's counts into another: what roll-ups and merging windows do. Topics are the caller's. */
final class MicroMapSums {

    private MicroMapSums() {}

    static void add(MicroMap into, MicroMap from, int evidencePosts) {
        into.postCount += from.postCount;
        into.scoredCount += from.scoredCount;
        into.sentimentSum += from.sentimentSum;
        into.sentimentSumOfSquares += from.sentimentSumOfSquares;
        into.negativeCount += from.negativeCount;
        into.neutralCount += from.neutralCount;
        into.positiveCount += from.positiveCount;
        for (int i = 0; i < into.sentimentBuckets.length; i++) {
            into.sentimentBuckets[i] += from.sentimentBuckets[i];
        }
        into.likes += from.likes;
        into.replies += from.replies;
        into.shares += from.shares;
        into.authorSketch.merge(from.authorSketch);
        into.uniqueAuthors = into.authorSketch.estimate();
        into.mostNegative = Evidence.merge(into.mostNegative, from.mostNegative, Evidence.MOST_NEGATIVE, evidencePosts);
        into.mostEngaged = Evidence.merge(into.mostEngaged, from.mostEngaged, Evidence.MOST_ENGAGED, evidencePosts);
        if (into.health != null && from.health != null) {
            into.health.merge(from.health);
        }
    }
}
