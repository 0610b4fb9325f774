package io.undercurrent.nlp.rntn;

import io.undercurrent.nlp.text.SocialTokenizer;
import io.undercurrent.nlp.text.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Maps a tokenised post onto the RNTN's vocabulary, sentence by sentence, the way the Stanford Sentiment Treebank
 * was tokenised: clitics split off ("don't" is "do" "n't"), hashtags split into words, letter runs shortened, while
 * (hashtags arrive already split into words) URLs, mentions, emoji and emoticons (unknown to a model trained on movie reviews) are left to the lexicon.
 */
public final class RntnLeaves {

    /** Longest post prefix the RNTN reads, in leaves: bounds the cost of very long posts (the lexicon reads all). */
    public static final int MAX_LEAVES = 80;

    private static final Map<String, String[]> APOSTROPHE_LESS = Map.ofEntries(
            Map.entry("dont", new String[] {"do", "n't"}), Map.entry("doesnt", new String[] {"does", "n't"}),
            Map.entry("didnt", new String[] {"did", "n't"}), Map.entry("cant", new String[] {"ca", "n't"}),
            Map.entry("wont", new String[] {"wo", "n't"}), Map.entry("isnt", new String[] {"is", "n't"}),
            Map.entry("wasnt", new String[] {"was", "n't"}), Map.entry("arent", new String[] {"are", "n't"}),
            Map.entry("werent", new String[] {"were", "n't"}), Map.entry("couldnt", new String[] {"could", "n't"}),
            Map.entry("wouldnt", new String[] {"would", "n't"}), Map.entry("shouldnt", new String[] {"should", "n't"}),
            Map.entry("havent", new String[] {"have", "n't"}), Map.entry("hasnt", new String[] {"has", "n't"}),
            Map.entry("hadnt", new String[] {"had", "n't"}), Map.entry("aint", new String[] {"ai", "n't"}),
            Map.entry("im", new String[] {"i", "'m"}), Map.entry("ive", new String[] {"i", "'ve"}),
            Map.entry("youre", new String[] {"you", "'re"}), Map.entry("theyre", new String[] {"they", "'re"}),
            Map.entry("thats", new String[] {"that", "'s"}), Map.entry("whats", new String[] {"what", "'s"}),
            Map.entry("u", new String[] {"you"}), Map.entry("ur", new String[] {"your"}),
            Map.entry("pls", new String[] {"please"}), Map.entry("plz", new String[] {"please"}),
            Map.entry("thx", new String[] {"thanks"}), Map.entry("b/c", new String[] {"because"}));
    private static final String[] CLITICS = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};

    private final RntnWeights weights;
    private final boolean[] separatorWords;

    public RntnLeaves(RntnWeights weights) {
        this.weights = weights;
        this.separatorWords = new boolean[weights.leafVectors.length];
        for (String separator : TreeShape.SEPARATORS) {
            if (weights.knows(separator)) {
                separatorWords[weights.wordIndex(separator)] = true;
            }
        }
    }

    /** Sentences of a post as vocabulary indices. */
    public static final class Sentences {
        final int[] leaves = new int[MAX_LEAVES];
        /** Whether each leaf separates clauses (see {@link TreeShape#CLAUSES}). */
        final boolean[] separators = new boolean[MAX_LEAVES];
        /** For each sentence: start offset, leaf count and closing punctuation index (or -1). */
        final int[] starts = new int[MAX_LEAVES];
        final int[] counts = new int[MAX_LEAVES];
        final int[] closers = new int[MAX_LEAVES];
        int sentences;
        int size;
        int known;

        /** Share of leaves the model has a vector for: how much of the post the RNTN actually read. */
        public double coverage() {
            return size == 0 ? 0 : (double) known / size;
        }

        void reset() {
            sentences = 0;
            size = 0;
            known = 0;
            Arrays.fill(counts, 0);
        }
    }

    public void encode(List<Token> tokens, Sentences out) {
        out.reset();
        int sentenceStart = 0;
        for (int t = 0; t < tokens.size() && out.size < MAX_LEAVES; t++) {
            Token token = tokens.get(t);
            switch (token.kind()) {
                case WORD -> addWord(token, out);
                case NUMBER -> add(token.text(), out);
                case PUNCTUATION -> {
                    String mark = punctuation(token.text());
                    if (mark == null) {
                        continue;
                    }
                    boolean closes = mark.equals(".") || mark.equals("!") || mark.equals("?") || mark.equals("...");
                    if (closes) {
                        if (out.size > sentenceStart) {
                            closeSentence(out, sentenceStart, weights.wordIndex(mark));
                        }
                        sentenceStart = out.size;
                    } else {
                        add(mark, out);
                    }
                }
                default -> {
                    // URLs, mentions, hashtags kept whole, emoji, emoticons: outside a movie-review vocabulary, scored by the lexicon
                }
            }
        }
        if (out.size > sentenceStart) {
            closeSentence(out, sentenceStart, -1);
        }
    }

    private static void closeSentence(Sentences out, int start, int closer) {
        out.starts[out.sentences] = start;
        out.counts[out.sentences] = out.size - start;
        out.closers[out.sentences] = closer;
        out.sentences++;
    }

    private void addWord(Token token, Sentences out) {
        String text = token.text().replace('’', '\'');
        String norm = token.norm();
        String[] expansion = APOSTROPHE_LESS.get(norm);
        if (expansion != null) {
            for (String piece : expansion) {
                add(piece, out);
            }
            return;
        }
        for (String clitic : CLITICS) {
            if (norm.endsWith(clitic) && norm.length() > clitic.length()) {
                String stem = text.substring(0, text.length() - clitic.length());
                add(stem, out);
                add(clitic, out);
                return;
            }
        }
        if (token.elongated() && !weights.knows(text)) {
            String shortened = weights.knows(norm) ? norm : SocialTokenizer.collapseRepeats(norm);
            add(shortened, out);
            return;
        }
        add(token.shouted() ? norm : text, norm, out);
    }

    private void add(String word, Sentences out) {
        add(word, null, out);
    }

    /** @param lowerCase the word in lower case when the caller has it (saves a conversion), else null */
    private void add(String word, String lowerCase, Sentences out) {
        if (out.size >= MAX_LEAVES) {
            return;
        }
        int index = lowerCase == null ? weights.wordIndex(word) : weights.wordIndex(word, lowerCase);
        if (index != weights.unknownWord) {
            out.known++;
        }
        out.separators[out.size] = separatorWords[index];
        out.leaves[out.size++] = index;
    }

    private static String punctuation(String run) {
        char c = run.charAt(0);
        return switch (c) {
            case '.' -> run.length() >= 3 ? "..." : ".";
            case '!', '?', ',', ';', ':' -> String.valueOf(c);
            case '-', '—', '–' -> "--";
            default -> null;
        };
    }
}
