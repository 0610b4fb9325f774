package io.undercurrent.nlp.lexicon;

import io.undercurrent.nlp.text.SocialTokenizer;
import io.undercurrent.nlp.text.Token;
import io.undercurrent.nlp.text.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * Rule-based valence of a tokenised post, in the spirit of VADER (Hutto and Gilbert, 2014) with what social text
 * adds: elongations, hashtags, emoji, negation scope that stops at clause ends, contrast after "but". Thread-safe.
 */
public final class LexiconScorer {

    /** VADER's empirically derived increments. */
    static final float BOOST = 0.293f;
    static final float SHOUT_BOOST = 0.733f;
    static final float NEGATION_SCALAR = -0.74f;
    static final float BEFORE_CONTRAST = 0.5f;
    static final float AFTER_CONTRAST = 1.5f;
    static final float EXCLAMATION_BOOST = 0.292f;
    static final float QUESTION_BOOST = 0.18f;
    static final float NORMALIZATION_ALPHA = 15f;
    private static final int NEGATION_WINDOW = 3;

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "none", "nothing", "nowhere", "neither",
            "nor", "nobody", "cannot", "without", "rarely", "seldom", "hardly", "n't", "aint", "ain't", "arent",
            "aren't", "cant", "can't", "couldnt", "couldn't", "didnt", "didn't", "doesnt", "doesn't", "dont", "don't",
            "hadnt", "hadn't", "hasnt", "hasn't", "havent", "haven't", "isnt", "isn't", "mightnt", "mightn't",
            "mustnt", "mustn't", "neednt", "needn't", "shouldnt", "shouldn't", "wasnt", "wasn't", "werent",
            "weren't", "wont", "won't", "wouldnt", "wouldn't", "nope", "nah");
    private static final Set<String> BOOSTERS = Set.of("absolutely", "amazingly", "awfully", "completely",
            "considerably", "decidedly", "deeply", "effing", "enormously", "entirely", "especially", "exceptionally",
            "extremely", "fabulously", "flipping", "flippin", "fricking", "frickin", "frigging", "friggin", "fully",
            "fucking", "fuckin", "freaking", "freakin", "greatly", "hella", "highly", "hugely", "incredibly",
            "intensely", "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so",
            "soo", "substantially", "super", "thoroughly", "totally", "tremendously", "uber", "unbelievably",
            "unusually", "utterly", "very", "way", "truly", "seriously", "literally", "pretty");
    private static final Set<String> DAMPENERS = Set.of("almost", "barely", "kinda", "kindof", "less", "little",
            "marginally", "occasionally", "partly", "scarcely", "slightly", "somewhat", "sorta", "sortof", "bit");
    private static final Set<String> CONTRASTS = Set.of("but", "however", "yet", "although", "though");

    private final ValenceLexicon lexicon;

    public LexiconScorer(ValenceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public LexiconEvidence score(List<Token> tokens) {
        int n = tokens.size();
        float[] valences = new float[n];
        boolean anyLowerCaseWord = false;
        int contrastAt = -1;
        int exclamations = 0;
        int questions = 0;
        float emotes = 0;
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            valences[i] = baseValence(token);
            if (token.kind() == TokenKind.EMOJI || token.kind() == TokenKind.EMOTICON) {
                emotes += valences[i];
            }
            if (token.kind() == TokenKind.WORD && !token.shouted()) {
                anyLowerCaseWord = true;
            }
            if (token.kind() == TokenKind.WORD && CONTRASTS.contains(token.norm())) {
                contrastAt = i;
            } else if (token.kind() == TokenKind.PUNCTUATION) {
                exclamations += count(token.text(), '!');
                questions += count(token.text(), '?');
            }
        }
        float positive = 0;
        float negative = 0;
        int negated = 0;
        int sentimentTerms = 0;
        for (int i = 0; i < n; i++) {
            float valence = valences[i];
            if (valence == 0) {
                continue;
            }
            Token token = tokens.get(i);
            if (isKindOf(tokens, i) || isNegator(token) && nextHasValence(valences, i)) {
                continue; // "kind of" is a hedge, not kindness; "no" before a sentiment word only flips it
            }
            sentimentTerms++;
            float sign = Math.signum(valence);
            if (token.shouted() && anyLowerCaseWord) {
                valence += sign * SHOUT_BOOST;
            }
            if (token.elongated()) {
                valence += sign * BOOST;
            }
            valence += sign * modifierBoost(tokens, i, anyLowerCaseWord);
            if (negatedAt(tokens, i)) {
                valence *= NEGATION_SCALAR;
                negated++;
            }
            if (contrastAt >= 0) {
                valence *= i < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
            }
            if (valence > 0) {
                positive += valence;
            } else {
                negative += valence;
            }
        }
        float sum = positive + negative;
        if (sum != 0) {
            sum += Math.signum(sum) * punctuationEmphasis(exclamations, questions);
        }
        float compound = (float) (sum / Math.sqrt(sum * sum + NORMALIZATION_ALPHA));
        return new LexiconEvidence(compound, positive, negative, sentimentTerms, negated, contrastAt >= 0,
                exclamations, questions, emotes);
    }

    private float baseValence(Token token) {
        switch (token.kind()) {
            case WORD, EMOTICON, EMOJI, HASHTAG -> {
                float valence = lexicon.valence(token.norm());
                if (Float.isNaN(valence) && token.elongated()) {
                    valence = lexicon.valence(SocialTokenizer.collapseRepeats(token.norm()));
                }
                if (Float.isNaN(valence) && token.kind() == TokenKind.EMOTICON) {
                    valence = lexicon.valence(token.text());
                }
                return Float.isNaN(valence) || BOOSTERS.contains(token.norm()) ? 0f : valence;
            }
            default -> {
                return 0f;
            }
        }
    }

    private static boolean isKindOf(List<Token> tokens, int i) {
        return tokens.get(i).is("kind") && i + 1 < tokens.size() && tokens.get(i + 1).is("of");
    }

    private static boolean isNegator(Token token) {
        return token.kind() == TokenKind.WORD && NEGATORS.contains(token.norm());
    }

    private static boolean nextHasValence(float[] valences, int i) {
        return i + 1 < valences.length && valences[i + 1] != 0;
    }

    /** Boosters and dampeners in the three words before, weaker with distance (VADER's 1, 0.95, 0.9). */
    private static float modifierBoost(List<Token> tokens, int i, boolean anyLowerCaseWord) {
        float boost = 0;
        for (int d = 1; d <= NEGATION_WINDOW && i - d >= 0; d++) {
            Token previous = tokens.get(i - d);
            if (previous.kind() != TokenKind.WORD) {
                break;
            }
            float scalar = 0;
            if (BOOSTERS.contains(previous.norm())) {
                scalar = BOOST;
            } else if (DAMPENERS.contains(previous.norm())) {
                scalar = -BOOST;
            }
            if (scalar != 0 && previous.shouted() && anyLowerCaseWord) {
                scalar += Math.signum(scalar) * SHOUT_BOOST;
            }
            boost += scalar * (1f - 0.05f * (d - 1));
        }
        return boost;
    }

    /** A negator within three words before, with no clause break in between. */
    private static boolean negatedAt(List<Token> tokens, int i) {
        for (int d = 1; d <= NEGATION_WINDOW && i - d >= 0; d++) {
            Token previous = tokens.get(i - d);
            if (previous.kind() == TokenKind.PUNCTUATION || CONTRASTS.contains(previous.norm())) {
                return false;
            }
            if (isNegator(previous)) {
                return true;
            }
        }
        return false;
    }

    private static float punctuationEmphasis(int exclamations, int questions) {
        float emphasis = Math.min(exclamations, 4) * EXCLAMATION_BOOST;
        if (questions > 1) {
            emphasis += questions <= 3 ? questions * QUESTION_BOOST : 0.96f;
        }
        return emphasis;
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }
}
