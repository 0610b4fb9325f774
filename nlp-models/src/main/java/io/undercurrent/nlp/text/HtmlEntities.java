package io.undercurrent.nlp.text;

import java.util.Map;

/** Decodes the HTML entities that platforms leave in post text ("&amp;lt;3" arrives as "&lt;3"). */
public final class HtmlEntities {

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("hellip", "…"), Map.entry("rsquo", "’"),
            Map.entry("lsquo", "‘"), Map.entry("rdquo", "”"), Map.entry("ldquo", "“"), Map.entry("mdash", "—"),
            Map.entry("ndash", "–"), Map.entry("heart", "♥"));

    private static final int LONGEST_ENTITY = 10;

    private HtmlEntities() {
    }

    public static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, amp);
        int i = amp;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '&') {
                int semi = text.indexOf(';', i + 1);
                if (semi > i + 1 && semi - i <= LONGEST_ENTITY) {
                    String decoded = decodeEntity(text.substring(i + 1, semi));
                    if (decoded != null) {
                        out.append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String decodeEntity(String name) {
        if (name.charAt(0) != '#') {
            return NAMED.get(name);
        }
        try {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int codePoint = hex ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
