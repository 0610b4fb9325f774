package io.undercurrent.jobs.functions;

import io.undercurrent.nlp.lexicon.ValenceLexicon;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a post is about, from the sentiment engine's terms (hashtags, mentions and lower-cased content words in
 * text order, stop words already gone) and the text: hashtags, mentions, key phrases and content words, each once.
 *
 * <p>Key phrases are two content words written next to each other, neither of them a sentiment word (the VADER
 * lexicon), an adverb in "-ly" or a filler word: "instant transfer", "frost mage", "card activation", but not
 * "broken saves". That catches most two-word noun phrases without part-of-speech tagging, which would cost far
 * more than the rest of the pipeline per post. Single words drop filler words (generic verbs, praise,
 * chat noise) as well, so "great" or "thanks" do not crowd the topics out.
 */
public final class TopicExtractor {

    /** Topics kept per post: enough for any real post, a bound for pathological ones. */
    static final int MAX_TOPICS = 24;

    private static final Set<String> FILLER = Set.of(
            "think", "know", "want", "need", "make", "made", "makes", "see", "seen", "say", "said", "says", "going",
            "gonna", "wanna", "gotta", "getting", "use", "used", "using", "try", "tried", "trying", "take", "took",
            "come", "came", "look", "looks", "looking", "seems", "seem", "feel", "feels", "felt", "keep", "keeps",
            "thing", "things", "stuff", "lot", "lots", "way", "day", "days", "time", "times", "today", "yesterday",
            "tomorrow", "tonight", "week", "year", "people", "guys", "anyone", "everyone", "someone", "something",
            "anything", "everything", "nothing", "really", "actually", "still", "even", "much", "many", "well",
            "back", "never", "always", "ever", "maybe", "pretty", "quite", "already", "yet", "though", "lol",
            "lmao", "omg", "ok", "okay", "yes", "yeah", "yep", "nope", "no", "not", "hey", "hi", "hello", "please",
            "thanks", "thank", "like", "likes", "liked", "love", "loved", "great", "good", "bad", "best", "worst",
            "nice", "cool", "awesome", "amazing", "terrible", "awful", "better", "worse", "sure", "right", "kind",
            "bit", "little", "every", "another", "can't", "don't", "doesn't", "didn't", "won't", "isn't", "wasn't",
            "aren't", "haven't", "there's", "here's", "what's", "let's", "anyway", "literally", "totally",
            "definitely", "probably", "else", "since", "around", "almost", "enough", "without", "within", "across");
    private static final ValenceLexicon SENTIMENT_WORDS = ValenceLexicon.load();

    private TopicExtractor() {}

    /** The topics of a post: hashtags and mentions first, then key phrases, then content words. */
    public static String[] topics(String text, String[] terms) {
        if (terms == null || terms.length == 0) {
            return new String[0];
        }
        String lowerText = text == null ? "" : text.toLowerCase(Locale.ROOT);
        Set<String> tags = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        String previous = null;
        for (String term : terms) {
            if (term.startsWith("#") || term.startsWith("@")) {
                if (term.length() > 1) {
                    tags.add(term);
                }
                previous = null;
                continue;
            }
            String word = withoutPossessive(term);
            if (isContentWord(word)) {
                words.add(word);
            }
            if (previous != null && isPhraseWord(withoutPossessive(previous)) && isPhraseWord(word)
                    && lowerText.contains(previous + " " + term)) {
                phrases.add(withoutPossessive(previous) + " " + word);
            }
            previous = term;
        }
        Set<String> topics = new LinkedHashSet<>(tags);
        topics.addAll(phrases);
        topics.addAll(words);
        return topics.stream().limit(MAX_TOPICS).toArray(String[]::new);
    }

    private static boolean isContentWord(String word) {
        return word.length() >= 2 && !FILLER.contains(word) && !isNumber(word);
    }

    private static boolean isPhraseWord(String word) {
        return isContentWord(word) && !word.endsWith("ly") && !SENTIMENT_WORDS.contains(word);
    }

    private static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
