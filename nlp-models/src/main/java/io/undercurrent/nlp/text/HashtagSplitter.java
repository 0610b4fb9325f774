package io.undercurrent.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Splits hashtags into the words they are made of, so "#NeverFlyingAgain" and "#epicfail" are scored as words:
 * camel case where the author used it, otherwise the segmentation into the fewest known words. Thread-safe.
 */
public final class HashtagSplitter {

    private static final int LONGEST_WORD = 20;
    private static final int LONGEST_TAG = 40;
    private static final Set<String> ONE_LETTER_WORDS = Set.of("a", "i");

    private final Predicate<String> isWord;

    /** @param isWord whether a lower-case string is a known word */
    public HashtagSplitter(Predicate<String> isWord) {
        this.isWord = isWord;
    }

    /** The tokens with each hashtag replaced by word tokens of its parts; other tokens unchanged. */
    public List<Token> expand(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != TokenKind.HASHTAG) {
                if (out != null) {
                    out.add(token);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.size() + 4);
                out.addAll(tokens.subList(0, i));
            }
            for (String part : split(token.text().substring(1))) {
                // camel case is not sentence-initial capitalisation: the parts are read as lower-case words
                String norm = SocialTokenizer.normalize(part);
                out.add(new Token(TokenKind.WORD, norm, norm, false, SocialTokenizer.isElongated(part)));
            }
        }
        return out == null ? tokens : out;
    }

    public List<String> split(String tag) {
        List<String> camel = splitCamelCase(tag);
        if (camel.size() > 1) {
            return camel;
        }
        String lower = tag.toLowerCase(Locale.ROOT);
        if (lower.length() > LONGEST_TAG || isWord.test(lower)) {
            return List.of(tag);
        }
        List<String> words = segment(lower);
        return words == null ? List.of(tag) : words;
    }

    /** Splits at underscores and lower-to-upper and letter-to-digit boundaries ("NeverFlyingAgain", "fail_whale"). */
    static List<String> splitCamelCase(String tag) {
        List<String> parts = new ArrayList<>();
        for (String piece : tag.split("_")) {
            int start = 0;
            for (int i = 1; i <= piece.length(); i++) {
                if (i == piece.length() || isBoundary(piece, i)) {
                    parts.add(piece.substring(start, i));
                    start = i;
                }
            }
        }
        return parts;
    }

    private static boolean isBoundary(String s, int i) {
        char previous = s.charAt(i - 1);
        char c = s.charAt(i);
        boolean upperAfterLower = Character.isUpperCase(c) && Character.isLowerCase(previous);
        boolean acronymEnds = Character.isUpperCase(c) && Character.isUpperCase(previous) && i + 1 < s.length()
                && Character.isLowerCase(s.charAt(i + 1));
        return upperAfterLower || acronymEnds || Character.isDigit(c) != Character.isDigit(previous);
    }

    /** Fewest known words that make up the string, or null when there is no such split. */
    private List<String> segment(String lower) {
        int n = lower.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
                if (best[start] == Integer.MAX_VALUE || best[start] + 1 >= best[end]) {
                    continue;
                }
                String piece = lower.substring(start, end);
                boolean known = piece.length() > 1 ? isWord.test(piece) : ONE_LETTER_WORDS.contains(piece);
                if (known) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            words.add(0, lower.substring(from[end], end));
        }
        return words;
    }
}
