package io.undercurrent.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a post into tokens that keep what social text means: URLs, @mentions, #hashtags, emoticons, emoji,
 * elongations and shouting survive as such. One pass over the characters, no regular expressions: it runs on every
 * post. Thread-safe (immutable).
 */
public final class SocialTokenizer {

    private static final int LONGEST_EMOTICON = 8;
    private static final String[] CLITICS = {"s", "re", "ve", "ll", "d", "m"};

    private final Set<String> emoticons;
    /** ASCII characters an emoticon can start with: only there is an emoticon looked for. */
    private final boolean[] emoticonStarts = new boolean[128];

    /** @param emoticons emoticons to recognise as written (e.g. ":)", ":-(", "<3", ":D") */
    public SocialTokenizer(Set<String> emoticons) {
        this.emoticons = Set.copyOf(emoticons);
        for (String emoticon : emoticons) {
            if (emoticon.charAt(0) < 128) {
                emoticonStarts[emoticon.charAt(0)] = true;
            }
        }
    }

    public List<Token> tokenize(String rawText) {
        String text = HtmlEntities.decode(rawText);
        List<Token> tokens = new ArrayList<>(Math.max(8, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u200d' || c == '\ufe0f') {
                i++;
                continue;
            }
            int end;
            if ((end = urlEnd(text, i)) > i) {
                tokens.add(new Token(TokenKind.URL, text.substring(i, end), "<url>", false, false));
            } else if ((c == '@' || c == '#') && i + 1 < n && isWordChar(text.charAt(i + 1))
                    && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                end = wordEnd(text, i + 1, false);
                String body = text.substring(i + 1, end);
                TokenKind kind = c == '@' ? TokenKind.MENTION : TokenKind.HASHTAG;
                tokens.add(new Token(kind, text.substring(i, end), normalize(body), false, isElongated(body)));
            } else if ((end = emoticonEnd(text, i)) > i) {
                String emoticon = text.substring(i, end);
                tokens.add(new Token(TokenKind.EMOTICON, emoticon, emoticon, false, false));
            } else if ((end = cliticEnd(text, i)) > i) {
                String clitic = text.substring(i, end);
                tokens.add(new Token(TokenKind.WORD, clitic, normalize(clitic), false, false));
            } else if (isWordChar(c)) {
                end = wordEnd(text, i, true);
                String word = text.substring(i, end);
                TokenKind kind = isNumber(word) ? TokenKind.NUMBER : TokenKind.WORD;
                tokens.add(new Token(kind, word, normalize(word), isShouted(word), isElongated(word)));
            } else {
                int codePoint = text.codePointAt(i);
                end = i + Character.charCount(codePoint);
                if (Emoji.isEmoji(codePoint)) {
                    end = Emoji.skipModifiers(text, end);
                    String emoji = new String(Character.toChars(codePoint));
                    tokens.add(new Token(TokenKind.EMOJI, emoji, emoji, false, false));
                } else {
                    while (end < n && text.charAt(end) == c) {
                        end++; // keep "!!!" and "..." together: their length is the signal
                    }
                    String punct = text.substring(i, end);
                    tokens.add(new Token(TokenKind.PUNCTUATION, punct, punct, false, false));
                }
            }
            i = end;
        }
        return tokens;
    }

    /** A clitic already split off its word, as in tokenised text ("it 's", "they 're"). */
    private static int cliticEnd(String text, int start) {
        char c = text.charAt(start);
        if ((c != '\'' && c != '’') || (start > 0 && !Character.isWhitespace(text.charAt(start - 1)))) {
            return start;
        }
        for (String clitic : CLITICS) {
            int end = start + 1 + clitic.length();
            if (text.regionMatches(true, start + 1, clitic, 0, clitic.length()) && isBoundary(text, end)) {
                return end;
            }
        }
        return start;
    }

    private static int urlEnd(String text, int start) {
        if (!text.startsWith("http://", start) && !text.startsWith("https://", start)
                && !text.startsWith("www.", start)) {
            return start;
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private int emoticonEnd(String text, int start) {
        char first = text.charAt(start);
        if (first >= 128 || !emoticonStarts[first]) {
            return start;
        }
        boolean letter = Character.isLetter(first);
        if (letter && (start + 1 >= text.length() || Character.isLetter(text.charAt(start + 1))
                || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
            return start; // a word, not an emoticon such as "D:"
        }
        int longest = Math.min(LONGEST_EMOTICON, text.length() - start);
        for (int len = longest; len >= 2; len--) {
            int end = start + len;
            if (emoticons.contains(text.substring(start, end)) && isBoundary(text, end)) {
                return end;
            }
        }
        return start;
    }

    private static boolean isBoundary(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    private static int wordEnd(String text, int start, boolean allowInnerPunctuation) {
        int end = start;
        int n = text.length();
        while (end < n) {
            char c = text.charAt(end);
            if (isWordChar(c)) {
                end++;
            } else if (allowInnerPunctuation && isInnerPunctuation(c) && end + 1 < n && isWordChar(text.charAt(end + 1))
                    && end > start) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isInnerPunctuation(char c) {
        return c == '\'' || c == '’' || c == '-' || c == '.' || c == ',' || c == ':' || c == '&';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isShouted(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    static boolean isElongated(String word) {
        int run = 1;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            run = Character.isLetter(c) && Character.toLowerCase(c) == Character.toLowerCase(word.charAt(i - 1))
                    ? run + 1 : 1;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, typographic apostrophe made plain, letter runs of three or more cut to two. */
    static String normalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        int run = 0;
        char previous = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '’') {
                c = '\'';
            }
            run = c == previous ? run + 1 : 1;
            previous = c;
            if (run <= 2 || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "soo" becomes "so": the second try when an elongated word is not in a lexicon as cut to two letters. */
    public static String collapseRepeats(String norm) {
        StringBuilder out = new StringBuilder(norm.length());
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (i == 0 || c != norm.charAt(i - 1) || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
