package io.undercurrent.jobs.records;

import io.undercurrent.nlp.Sentiment;

/** A canonical post with the sentiment engine's verdict. Flink POJO. */
public class ScoredPost {
    public Post post;
    /** Polarity in [-1, 1]; 0 when {@link #label} is "unsupported". */
    public double score;
    /** negative, neutral, positive or unsupported. */
    public String label;
    public double confidence;
    /** 5-class distribution: very negative, negative, neutral, positive, very positive. */
    public double[] classes;
    public String model;
    /** Language the engine detected (ISO 639-1), or "und". */
    public String language;
    /** The engine's terms: hashtags, mentions and content words, in text order. */
    public String[] terms;
    /**
     * What the post is about, for analysts and micro-maps: hashtags, mentions, key phrases and content words,
     * normalised, stop-worded, each once. Empty for removed and deleted posts.
     */
    public String[] topics;

    public ScoredPost() {}

    public static ScoredPost of(Post post, Sentiment sentiment) {
        ScoredPost scored = new ScoredPost();
        scored.post = post;
        scored.score = sentiment.score();
        scored.label = sentiment.label().wireName();
        scored.confidence = sentiment.confidence();
        scored.classes = sentiment.classes();
        scored.model = sentiment.model();
        scored.language = sentiment.language();
        scored.terms = sentiment.terms().toArray(new String[0]);
        return scored;
    }

    public boolean sentimentSupported() {
        return !"unsupported".equals(label);
    }
}
