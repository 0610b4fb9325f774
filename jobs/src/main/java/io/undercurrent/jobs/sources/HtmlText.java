package io.undercurrent.jobs.sources;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    private static final Pattern SPACES_AROUND_BREAK = Pattern.compile(" *\n *");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

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
        return tidy(out);
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
        String name = tagName(html.substring(start + 1, end));
        if (name.equals("br")) {
            out.append('\n');
        } else if (BLOCKS.contains(name)) {
            out.append("\n\n");
        }
        return end + 1;
    }

    private static String tagName(String inside) {
        int from = inside.startsWith("/") ? 1 : 0;
        int to = from;
        while (to < inside.length() && Character.isLetterOrDigit(inside.charAt(to))) {
            to++;
        }
        return inside.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** Decodes the entity at {@code start} (or keeps a lone '&'); returns the index after it. */
    private static int appendEntity(String html, int start, StringBuilder out) {
        int semicolon = html.indexOf(';', start);
        if (semicolon < 0 || semicolon - start > 10) {
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

    private static void appendSpace(StringBuilder out) {
        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.append(' ');
        }
    }

    /** Trims spaces around line breaks, keeps at most one blank line in a row, trims the ends. */
    private static String tidy(StringBuilder text) {
        String lines = SPACES_AROUND_BREAK.matcher(text).replaceAll("\n");
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }
}
