package io.undercurrent.nlp.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word, emoticon and emoji valences on VADER's scale (-4 .. +4). Built from the VADER lexicon (MIT, extracted from
 * its Maven artifact at build time) plus this project's emoji table and its few social-media terms VADER lacks.
 * Immutable once loaded.
 */
public final class ValenceLexicon {

    static final String VADER_RESOURCE = "/io/undercurrent/nlp/lexicon/vader_sentiment_lexicon.txt";
    static final String EMOJI_RESOURCE = "/io/undercurrent/nlp/lexicon/emoji_valence.tsv";
    static final String SOCIAL_RESOURCE = "/io/undercurrent/nlp/lexicon/social_valence.tsv";
    static final String NOT_SENTIMENT_RESOURCE = "/io/undercurrent/nlp/lexicon/not_sentiment.txt";
    private static final int LONGEST_EMOTICON = 8;

    private final Map<String, Float> valences;
    private final Set<String> emoticons;

    private ValenceLexicon(Map<String, Float> valences, Set<String> emoticons) {
        this.valences = Map.copyOf(valences);
        this.emoticons = Set.copyOf(emoticons);
    }

    public static ValenceLexicon load() {
        Map<String, float[]> sums = new HashMap<>(); // valence sum and count: VADER lists a few words twice
        read(VADER_RESOURCE, sums);
        read(EMOJI_RESOURCE, sums);
        Map<String, float[]> social = new HashMap<>();
        read(SOCIAL_RESOURCE, social);
        social.forEach(sums::putIfAbsent);
        lines(NOT_SENTIMENT_RESOURCE).forEach(sums::remove);
        Map<String, Float> valences = new HashMap<>(sums.size() * 2);
        Set<String> emoticons = new HashSet<>();
        sums.forEach((key, sum) -> {
            float valence = sum[0] / sum[1];
            valences.put(key, valence);
            if (looksLikeEmoticon(key)) {
                emoticons.add(key);
                emoticons.add(key.toUpperCase(java.util.Locale.ROOT));
                valences.put(key.toUpperCase(java.util.Locale.ROOT), valence);
            }
        });
        return new ValenceLexicon(valences, emoticons);
    }

    /** @return the valence, or NaN when the term is not in the lexicon */
    public float valence(String term) {
        Float valence = valences.get(term);
        return valence == null ? Float.NaN : valence;
    }

    public boolean contains(String term) {
        return valences.containsKey(term);
    }

    /** Emoticons as written, for the tokenizer; digits other than hearts are left out so "(8 hours)" stays text. */
    public Set<String> emoticons() {
        return emoticons;
    }

    public int size() {
        return valences.size();
    }

    static boolean looksLikeEmoticon(String key) {
        if (key.length() < 2 || key.length() > LONGEST_EMOTICON) {
            return false;
        }
        boolean symbol = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isWhitespace(c) || (Character.isDigit(c) && c != '3')) {
                return false;
            }
            if (!Character.isLetterOrDigit(c) && c < 0x2000) {
                symbol = true;
            }
        }
        return symbol && (key.indexOf('3') < 0 || key.endsWith("<3"));
    }

    private static void read(String resource, Map<String, float[]> sums) {
        for (String line : lines(resource)) {
            String[] fields = line.split("\t");
            float[] sum = sums.computeIfAbsent(fields[0], k -> new float[2]);
            sum[0] += Float.parseFloat(fields[1]);
            sum[1]++;
        }
    }

    /** The resource's lines, without blank lines and "# " comments. */
    private static List<String> lines(String resource) {
        try (InputStream in = ValenceLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + resource + " is not on the classpath; "
                        + "build the nlp-models module with Maven so it is extracted");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("# ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }
}
