package io.undercurrent.jobs.sources;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plain text from the sanitized HTML that Mastodon and Discourse send: tags removed, line breaks and paragraphs
 * kept as newlines, entities decoded, whitespace collapsed as a browser would. Link text is kept whole (Mastodon
 * hides "https://" in an invisible span; the reader of our text wants the full link).
 */
final class HtmlText {

    /** Tags after which a browser starts a new block; rendered as a blank line. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "blockquote", "pre", "ul", "ol", "li", "aside", "table", "tr",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr");

    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("hellip", "\u2026"),
            Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
            Map.entry("copy", "\u00a9"));

    private static final int MAX_ENTITY_LENGTH = 10;

    private HtmlText() {}

    static String toPlainText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<' && i + 1 < html.length() && startsTag(html.charAt(i + 1))) {
                i = skipTag(html, i, out);
            } else if (c == '&') {
                i = appendEntity(html, i, out);
            } else if (Character.isWhitespace(c)) {
                appendSpace(out);
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().strip();
    }

    private static boolean startsTag(char next) {
        return Character.isLetter(next) || next == '/' || next == '!';
    }

    /** Skips the tag starting at {@code start}, appending the break it stands for; returns the index after it. */
    private static int skipTag(String html, int start, StringBuilder out) {
        if (html.startsWith("<!--", start)) {
            int end = html.indexOf("-->", start + 4);
            return end < 0 ? html.length() : end + 3;
        }
        int end = html.indexOf('>', start);
        if (end < 0) {
            return html.length();
        }
        String name = tagName(html, start + 1, end);
        if (name.equals("br")) {
            appendBreak(out, 1);
        } else if (BLOCKS.contains(name)) {
            appendBreak(out, 2);
        }
        return end + 1;
    }

    private static String tagName(String html, int from, int end) {
        int begin = html.charAt(from) == '/' ? from + 1 : from;
        int stop = begin;
        while (stop < end && Character.isLetterOrDigit(html.charAt(stop))) {
            stop++;
        }
        return html.substring(begin, stop).toLowerCase(Locale.ROOT);
    }

    /** Decodes the entity at {@code start} (or keeps a lone '&'); returns the index after it. */
    private static int appendEntity(String html, int start, StringBuilder out) {
        int semicolon = semicolonAfter(html, start);
        if (semicolon < 0) {
            out.append('&');
            return start + 1;
        }
        String entity = html.substring(start + 1, semicolon);
        String decoded = decode(entity);
        if (decoded == null) {
            out.append('&');
            return start + 1;
        }
        if (decoded.equals(" ")) {
            appendSpace(out);
        } else {
            out.append(decoded);
        }
        return semicolon + 1;
    }

    /** The ';' closing an entity that starts at {@code start}, looking no further than an entity can be long. */
    private static int semicolonAfter(String html, int start) {
        int limit = Math.min(html.length(), start + MAX_ENTITY_LENGTH + 2);
        for (int i = start + 1; i < limit; i++) {
            if (html.charAt(i) == ';') {
                return i;
            }
        }
        return -1;
    }

    private static String decode(String entity) {
        if (entity.startsWith("#")) {
            try {
                boolean hex = entity.startsWith("#x") || entity.startsWith("#X");
                int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
                return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED_ENTITIES.get(entity);
    }

    /** One space between words, none at the start of a line. */
    private static void appendSpace(StringBuilder out) {
        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.append(' ');
        }
    }

    /**
     * A line break (1) or paragraph break (2): drops the space before it and never leaves more than one blank
     * line in a row, nor any at the start.
     */
    private static void appendBreak(StringBuilder out, int newlines) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        int trailing = 0;
        while (trailing < out.length() && out.charAt(out.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        if (out.length() == trailing) {
            return;
        }
        int wanted = newlines == 1 ? Math.min(trailing + 1, 2) : 2;
        for (int i = trailing; i < wanted; i++) {
            out.append('\n');
        }
    }
}
