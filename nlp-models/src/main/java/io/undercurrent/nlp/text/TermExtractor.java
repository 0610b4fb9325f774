package io.undercurrent.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Picks the terms later stages group topics by: hashtags, mentions and content words, in text order. */
public final class TermExtractor {

    private static final Set<String> STOP_WORDS = Set.of("a", "about", "after", "again", "all", "am", "an", "and",
            "any", "are", "as", "at", "be", "because", "been", "before", "being", "but", "by", "can", "could", "did",
            "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "get", "got", "had",
            "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "i'm", "i've", "i'll",
            "i'd", "if", "in", "into", "is", "it", "it's", "its", "just", "let", "me", "more", "most", "my", "of",
            "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should",
            "so", "some", "such", "than", "that", "that's", "the", "their", "theirs", "them", "then", "there",
            "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very", "was",
            "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
            "you", "you're", "your", "yours", "im", "u", "ur", "rt", "via", "amp", "also", "now", "one", "go");

    private TermExtractor() {
    }

    public static List<String> terms(List<Token> tokens) {
        List<String> terms = new ArrayList<>();
        for (Token token : tokens) {
            switch (token.kind()) {
                case HASHTAG -> terms.add("#" + token.norm());
                case MENTION -> terms.add("@" + token.norm());
                case WORD -> {
                    if (token.norm().length() >= 2 && !STOP_WORDS.contains(token.norm())) {
                        terms.add(token.norm());
                    }
                }
                default -> {
                    // URLs, emoji, emoticons, numbers and punctuation carry sentiment, not topics
                }
            }
        }
        return List.copyOf(terms);
    }
}
