package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.ScoredPost;
import io.undercurrent.nlp.SentimentAnalyzer;
import io.undercurrent.nlp.SentimentEngine;
import java.nio.file.Path;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;

/**
 * Scores each post with the sentiment engine. The engine's models are loaded once per TaskManager JVM and
 * shared by all slots, so parallel instances cost no extra memory.
 */
public class ScoreSentimentFunction extends RichMapFunction<Post, ScoredPost> {

    /** A model file written by {@code sentiment train}, or null for the shipped default. */
    private final String modelPath;

    private transient SentimentAnalyzer engine;
    private transient Counter postsScored;
    private transient Counter postsUnsupported;

    public ScoreSentimentFunction(String modelPath) {
        this.modelPath = modelPath;
    }

    @Override
    public void open(OpenContext openContext) {
        engine = modelPath == null ? SentimentEngine.shared() : SentimentEngine.shared(Path.of(modelPath));
        postsScored = getRuntimeContext().getMetricGroup().counter("postsScored");
        postsUnsupported = getRuntimeContext().getMetricGroup().counter("postsUnsupportedLanguage");
    }

    @Override
    public ScoredPost map(Post post) {
        ScoredPost scored = ScoredPost.of(post, engine.analyze(post.text));
        postsScored.inc();
        if (!scored.sentimentSupported()) {
            postsUnsupported.inc();
        }
        return scored;
    }
}
