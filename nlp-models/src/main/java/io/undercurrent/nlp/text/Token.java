package io.undercurrent.nlp.text;

/**
 * One token of a post.
 *
 * @param kind what the token is
 * @param text the token as written (HTML entities already decoded)
 * @param norm lower-cased form with elongations collapsed to two letters ("soooo" becomes "soo"); for hashtags and
 *     mentions the part after the sigil
 * @param shouted written in capitals (at least two letters, no lower case)
 * @param elongated a letter was repeated three or more times
 */
public record Token(TokenKind kind, String text, String norm, boolean shouted, boolean elongated) {

    public boolean is(String lowerCaseWord) {
        return norm.equals(lowerCaseWord);
    }
}
