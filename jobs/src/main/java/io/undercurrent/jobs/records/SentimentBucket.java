package io.undercurrent.jobs.records;

/**
 * The five sentiment buckets of a micro-map's distribution, by score: very negative below -0.6, negative below
 * -0.2, neutral up to 0.2, positive up to 0.6, very positive above. Fixed cut points keep windows comparable.
 */
public final class SentimentBucket {

    public static final int COUNT = 5;
    public static final String[] NAMES = {"very_negative", "negative", "neutral", "positive", "very_positive"};

    private SentimentBucket() {}

    public static int of(double score) {
        if (score < -0.6) {
            return 0;
        }
        if (score < -0.2) {
            return 1;
        }
        if (score <= 0.2) {
            return 2;
        }
        return score <= 0.6 ? 3 : 4;
    }
}
