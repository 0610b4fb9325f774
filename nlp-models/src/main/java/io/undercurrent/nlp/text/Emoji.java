package io.undercurrent.nlp.text;

/** Which code points are emoji, and the modifiers that ride on them (skin tones, variation selectors, joiners). */
public final class Emoji {

    private Emoji() {
    }

    public static boolean isEmoji(int codePoint) {
        return (codePoint >= 0x1F300 && codePoint <= 0x1FAFF) // pictographs, emoticons, transport, supplemental
                || (codePoint >= 0x2600 && codePoint <= 0x27BF) // misc symbols and dingbats (☹ ☺ ♥ ✨ ❤)
                || (codePoint >= 0x1F000 && codePoint <= 0x1F2FF) // game pieces, enclosed characters
                || (codePoint >= 0x2B00 && codePoint <= 0x2BFF) // arrows and stars (⭐)
                || codePoint == 0x203C || codePoint == 0x2049; // ‼ ⁉
    }

    private static boolean isModifier(int codePoint) {
        return (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) || codePoint == 0xFE0F || codePoint == 0xFE0E
                || codePoint == 0x200D || codePoint == 0x20E3;
    }

    /** The index after any modifiers that follow an emoji at {@code index}. */
    public static int skipModifiers(String text, int index) {
        int i = index;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (!isModifier(codePoint)) {
                break;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }
}
