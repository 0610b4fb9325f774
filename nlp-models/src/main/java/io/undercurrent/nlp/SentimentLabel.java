package io.undercurrent.nlp;

/** Three-way sentiment label; {@link #UNSUPPORTED} when the engine cannot judge the text (e.g. not English). */
public enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    UNSUPPORTED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
