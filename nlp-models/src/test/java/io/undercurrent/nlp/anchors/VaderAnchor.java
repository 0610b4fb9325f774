package io.undercurrent.nlp.anchors;

import io.undercurrent.nlp.Sentiment;
import io.undercurrent.nlp.SentimentAnalyzer;
import io.undercurrent.nlp.SentimentLabel;
import io.undercurrent.nlp.eval.AnalyzerProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Anchor: the VADER Java port (com.github.apanimesh061:vader-sentiment-analyzer:1.0) with VADER's standard
 * thresholds (compound >= 0.05 positive, <= -0.05 negative). VADER has no class distribution: its label gets all the
 * mass, on the "very" class when |compound| >= 0.75.
 */
public final class VaderAnchor implements SentimentAnalyzer {

    private static final double THRESHOLD = 0.05;
    private static final double VERY = 0.75;

    @Override
    public Sentiment analyze(String text) {
        double compound;
        try {
            com.vader.sentiment.analyzer.SentimentAnalyzer vader =
                    new com.vader.sentiment.analyzer.SentimentAnalyzer(text == null ? "" : text);
            vader.analyze();
            Map<String, Float> polarity = vader.getPolarity();
            compound = polarity.getOrDefault("compound", 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int k = compound <= -VERY ? 0 : compound <= -THRESHOLD ? 1 : compound < THRESHOLD ? 2 : compound < VERY ? 3 : 4;
        double[] classes = new double[5];
        classes[k] = 1;
        SentimentLabel label = k < 2 ? SentimentLabel.NEGATIVE : k == 2 ? SentimentLabel.NEUTRAL
                : SentimentLabel.POSITIVE;
        return new Sentiment(compound, label, classes, 1, "vader-java-1.0", "en", List.of());
    }

    /** Registers the anchor as "vader" for {@code sentiment eval} and {@code sentiment bench}. */
    public static final class Provider implements AnalyzerProvider {
        @Override
        public String name() {
            return "vader";
        }

        @Override
        public SentimentAnalyzer create() {
            return new VaderAnchor();
        }
    }
}
