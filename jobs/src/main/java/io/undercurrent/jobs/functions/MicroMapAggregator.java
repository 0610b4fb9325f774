package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.ScoredPost;
import org.apache.flink.api.common.functions.AggregateFunction;

/**
 * Folds one window's posts of a micro-community into counts and a sentiment sum, so the window keeps O(1)
 * state however many posts arrive. Posts in a language the engine does not support count as volume only.
 */
public class MicroMapAggregator implements AggregateFunction<ScoredPost, MicroMap, MicroMap> {

    @Override
    public MicroMap createAccumulator() {
        return new MicroMap();
    }

    @Override
    public MicroMap add(ScoredPost scored, MicroMap acc) {
        if (acc.postCount == 0) {
            acc.platform = scored.post.platform;
            acc.community = scored.post.community;
            acc.microCommunity = scored.post.microCommunity;
        }
        acc.postCount++;
        if (scored.sentimentSupported()) {
            acc.scoredCount++;
            acc.sentimentSum += scored.score;
            switch (scored.label) {
                case "negative":
                    acc.negativeCount++;
                    break;
                case "positive":
                    acc.positiveCount++;
                    break;
                default:
                    acc.neutralCount++;
            }
        }
        return acc;
    }

    @Override
    public MicroMap getResult(MicroMap acc) {
        return acc;
    }

    @Override
    public MicroMap merge(MicroMap a, MicroMap b) {
        MicroMap merged = a.postCount > 0 ? a : b;
        MicroMap other = merged == a ? b : a;
        merged.postCount += other.postCount;
        merged.scoredCount += other.scoredCount;
        merged.sentimentSum += other.sentimentSum;
        merged.negativeCount += other.negativeCount;
        merged.neutralCount += other.neutralCount;
        merged.positiveCount += other.positiveCount;
        return merged;
    }
}
