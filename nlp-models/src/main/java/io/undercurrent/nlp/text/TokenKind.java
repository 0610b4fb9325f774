package io.undercurrent.nlp.text;

/** What a token of social text is; decides how the scorers treat it. */
public enum TokenKind {
    WORD,
    NUMBER,
    HASHTAG,
    MENTION,
    URL,
    EMOTICON,
    EMOJI,
    PUNCTUATION
}
