package io.undercurrent.nlp;

/** Scores the sentiment of one text. Implementations are thread-safe. */
public interface SentimentAnalyzer {
    Sentiment analyze(String text);
}
