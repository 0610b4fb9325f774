package io.undercurrent.nlp;

import io.undercurrent.nlp.lang.LanguageDetector;
import io.undercurrent.nlp.lexicon.LexiconEvidence;
import io.undercurrent.nlp.lexicon.LexiconScorer;
import io.undercurrent.nlp.lexicon.ValenceLexicon;
import io.undercurrent.nlp.model.Feature;
import io.undercurrent.nlp.model.ModelFile;
import io.undercurrent.nlp.model.NgramHasher;
import io.undercurrent.nlp.model.OrdinalScale;
import io.undercurrent.nlp.model.SentimentModel;
import io.undercurrent.nlp.rntn.Rntn;
import io.undercurrent.nlp.rntn.RntnLeaves;
import io.undercurrent.nlp.rntn.RntnWeights;
import io.undercurrent.nlp.rntn.TreeShape;
import io.undercurrent.nlp.text.HashtagSplitter;
import io.undercurrent.nlp.text.SocialTokenizer;
import io.undercurrent.nlp.text.Socialness;
import io.undercurrent.nlp.text.TermExtractor;
import io.undercurrent.nlp.text.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentiment engine for social text: social tokenizer, lexicon rules, CoreNLP's sentiment RNTN (fast forward
 * pass), and a linear ordinal model on top that {@code sentiment train} can refit. Use {@link #shared()} or
 * {@link #shared(Path)}: models load once per JVM and every caller (e.g. all Flink slots of a TaskManager) shares the
 * instance. Thread-safe.
 */
public final class SentimentEngine implements SentimentAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(SentimentEngine.class);
    private static final ConcurrentMap<Path, SentimentEngine> BY_MODEL_FILE = new ConcurrentHashMap<>();
    /**
     * The RNTN reads each sentence through two trees instead of a parse: clause-structured right-branching and
     * balanced. Of the cheap shapes, this pair agreed best with CoreNLP's parser-based RNTN on unlabelled tweets.
     */
    private static final List<TreeShape> RNTN_TREES = List.of(TreeShape.CLAUSES, TreeShape.BALANCED);
    private static final double[] UNSUPPORTED_CLASSES = {0, 0, 1, 0, 0};
    private static final int REPEAT_CACHE_SLOTS = 1 << 13;

    private final Resources resources;
    private final SentimentModel model;
    private final NgramHasher hasher;
    private final ThreadLocal<Scratch> scratch;
    private final RepeatCache repeats;

    private SentimentEngine(Resources resources, SentimentModel model, RepeatCache repeats) {
        this.resources = resources;
        this.model = model;
        this.hasher = model.hasNgrams() ? new NgramHasher(model.hashBits()) : null;
        this.scratch = ThreadLocal.withInitial(Scratch::new);
        this.repeats = repeats;
    }

    private SentimentEngine(Resources resources, SentimentModel model) {
        this(resources, model, new RepeatCache(REPEAT_CACHE_SLOTS));
    }

    /** The engine with the shipped default model, loaded on first use. */
    public static SentimentEngine shared() {
        return DefaultHolder.ENGINE;
    }

    /** The engine with a model written by {@code sentiment train}, loaded once per (absolute, normalised) path. */
    public static SentimentEngine shared(Path modelFile) {
        Path key = modelFile.toAbsolutePath().normalize();
        return BY_MODEL_FILE.computeIfAbsent(key, SentimentEngine::load);
    }

    /** A new engine with the given model file; prefer {@link #shared(Path)} outside of tools and tests. */
    public static SentimentEngine load(Path modelFile) {
        try {
            SentimentModel model = ModelFile.read(modelFile);
            LOG.info("Sentiment model {} loaded from {}", model.name(), modelFile);
            return new SentimentEngine(Resources.get(), model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load sentiment model " + modelFile, e);
        }
    }

    public static SentimentEngine withModel(SentimentModel model) {
        return new SentimentEngine(Resources.get(), model);
    }

    public SentimentModel model() {
        return model;
    }

    /**
     * This engine without its cache of recent texts: every call does the full analysis. For benchmarks, which
     * replay the same posts and would otherwise measure the cache.
     */
    public SentimentAnalyzer withoutRepeatCache() {
        SentimentEngine uncached = new SentimentEngine(resources, model, null);
        return uncached::analyze;
    }

    /** Scores a text; a text seen moments ago (a repost) is answered from a small cache. */
    @Override
    public Sentiment analyze(String text) {
        if (repeats == null || text == null) {
            return score(text);
        }
        Sentiment cached = repeats.get(text);
        if (cached != null) {
            return cached;
        }
        Sentiment verdict = score(text);
        repeats.put(text, verdict);
        return verdict;
    }

    private Sentiment score(String text) {
        Encoded post = encode(text, hasher);
        if (!post.supported()) {
            return new Sentiment(0, SentimentLabel.UNSUPPORTED, UNSUPPORTED_CLASSES.clone(), 0, model.name(),
                    post.language(), post.terms());
        }
        double[] classes = OrdinalScale.classes(model.eta(post.features(), post.hashes(), post.hashCount()),
                model.cuts());
        double negative = OrdinalScale.negative(classes);
        double positive = OrdinalScale.positive(classes);
        double neutral = classes[2];
        SentimentLabel label;
        double confidence;
        if (negative > positive && negative > neutral) {
            label = SentimentLabel.NEGATIVE;
            confidence = negative;
        } else if (positive > neutral && positive >= negative) {
            label = SentimentLabel.POSITIVE;
            confidence = positive;
        } else {
            label = SentimentLabel.NEUTRAL;
            confidence = neutral;
        }
        return new Sentiment(OrdinalScale.expectedScore(classes), label, classes, confidence, model.name(),
                post.language(), post.terms());
    }

    /**
     * A post as the model sees it: language, terms, dense features and n-gram hashes.
     *
     * @param hashes n-gram hash buckets (valid up to {@code hashCount}); shared per thread, copy to keep
     */
    public record Encoded(boolean supported, String language, List<String> terms, double[] features, int[] hashes,
            int hashCount) {
    }

    /** Encodes a post for training: n-grams hashed into a space of 2^{@code hashBits}. */
    public Encoded encodeForTraining(String text, int hashBits) {
        return encode(text, new NgramHasher(hashBits));
    }

    private Encoded encode(String text, NgramHasher ngramHasher) {
        Scratch s = scratch.get();
        List<Token> tokens = resources.tokenizer.tokenize(text == null ? "" : text);
        List<String> terms = TermExtractor.terms(tokens);
        String language = tokens.isEmpty() ? LanguageDetector.UNDETERMINED : resources.languages.detect(tokens);
        double[] features = new double[Feature.COUNT];
        if (!language.equals(LanguageDetector.ENGLISH) && !tokens.isEmpty()) {
            return new Encoded(false, language, terms, features, s.hashes[0], 0);
        }
        List<Token> words = resources.hashtags.expand(tokens);
        LexiconEvidence lexicon = resources.lexiconScorer.score(words);
        resources.leaves.encode(words, s.sentences);
        boolean rntnRan = resources.rntn.score(s.sentences, s.rntnClasses);
        double socialness = resources.socialness.of(tokens);
        Feature.extract(lexicon, socialness, rntnRan ? s.rntnClasses : null, s.sentences.coverage(), features);
        int hashCount = ngramHasher == null ? 0 : ngramHasher.hash(words, s.hashes);
        return new Encoded(true, language, terms, features, s.hashes[0], hashCount);
    }

    private static final class Scratch {
        final RntnLeaves.Sentences sentences = new RntnLeaves.Sentences();
        final double[] rntnClasses = new double[5];
        final int[][] hashes = {new int[64]};
    }

    /** What every model shares and what is loaded once per JVM: lexicons, RNTN weights, tokenizer, detector. */
    private static final class Resources {
        private static volatile Resources instance;

        final SocialTokenizer tokenizer;
        final HashtagSplitter hashtags;
        final LexiconScorer lexiconScorer;
        final LanguageDetector languages;
        final Rntn rntn;
        final RntnLeaves leaves;
        final Socialness socialness;

        private Resources() {
            long start = System.nanoTime();
            ValenceLexicon lexicon = ValenceLexicon.load();
            RntnWeights rntnWeights = RntnWeights.load(RntnWeights.DEFAULT_MODEL);
            this.tokenizer = new SocialTokenizer(lexicon.emoticons());
            this.hashtags = new HashtagSplitter(word -> rntnWeights.knows(word) || lexicon.contains(word));
            this.lexiconScorer = new LexiconScorer(lexicon);
            this.languages = new LanguageDetector();
            this.rntn = new Rntn(rntnWeights, RNTN_TREES);
            this.leaves = new RntnLeaves(rntnWeights);
            this.socialness = new Socialness(word -> lexicon.contains(word) && !rntnWeights.knows(word));
            LOG.info("Sentiment engine loaded in {} ms: {} lexicon terms, RNTN with {} words",
                    (System.nanoTime() - start) / 1_000_000, lexicon.size(), rntnWeights.vocabularySize());
        }

        static Resources get() {
            Resources local = instance;
            if (local == null) {
                synchronized (Resources.class) {
                    local = instance;
                    if (local == null) {
                        instance = local = new Resources();
                    }
                }
            }
            return local;
        }
    }

    private static final class DefaultHolder {
        static final SentimentEngine ENGINE = withModel(SentimentModel.defaultModel());
    }
}
