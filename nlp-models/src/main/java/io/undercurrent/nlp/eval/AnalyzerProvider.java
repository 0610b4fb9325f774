package io.undercurrent.nlp.eval;

import io.undercurrent.nlp.SentimentAnalyzer;
import java.util.ServiceLoader;

/**
 * A sentiment system that {@code eval} and {@code bench} can compare the engine with. The anchors (stock CoreNLP,
 * VADER) are found with {@link ServiceLoader} and live on the benchmark classpath only, so their ~1 GB of model
 * jars never reach the job's runtime classpath.
 */
public interface AnalyzerProvider {

    /** Short name used on the command line and in reports, e.g. "corenlp". */
    String name();

    /** Whether the system's models are on the classpath; unavailable systems are left out of the defaults. */
    default boolean available() {
        return true;
    }

    /** Loads the system; may take seconds. */
    SentimentAnalyzer create();

    static ServiceLoader<AnalyzerProvider> installed() {
        return ServiceLoader.load(AnalyzerProvider.class);
    }
}
