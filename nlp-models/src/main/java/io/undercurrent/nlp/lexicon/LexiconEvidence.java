package io.undercurrent.nlp.lexicon;

/**
 * What the lexicon rules found in one post.
 *
 * @param compound normalised polarity in [-1, 1]
 * @param positive sum of positive valences after the rules
 * @param negative sum of negative valences after the rules (zero or less)
 * @param sentimentTerms terms that carried valence
 * @param negated sentiment terms flipped by a negation
 * @param contrast the post has a contrast ("but", "however")
 * @param exclamations count of '!'
 * @param questions count of '?'
 * @param emotes sum of the valences of emoji and emoticons: the author's own mark of tone
 */
public record LexiconEvidence(float compound, float positive, float negative, int sentimentTerms, int negated,
        boolean contrast, int exclamations, int questions, float emotes) {
}
