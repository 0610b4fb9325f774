package io.undercurrent.nlp;

import io.undercurrent.nlp.lang.LanguageDetector;
import io.undercurrent.nlp.lexicon.LexiconEvidence;
import io.undercurrent.nlp.lexicon.LexiconScorer;
import io.undercurrent.nlp.lexicon.ValenceLexicon;
import io.undercurrent.nlp.model.Feature;
import io.undercurrent.nlp.model.ModelFile;
import io.undercurrent.nlp.model.OrdinalScale;
import io.undercurrent.nlp.model.SentimentModel;
import io.undercurrent.nlp.text.SocialTokenizer;
import io.undercurrent.nlp.text.TermExtractor;
import io.undercurrent.nlp.text.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The sentiment engine for social text. Use {@link #shared()} or {@link #shared(Path)}: models are loaded once per
 * JVM and the instance is shared by every caller (e.g. all Flink slots of a TaskManager). Thread-safe.
 */
public final class SentimentEngine implements SentimentAnalyzer {

    private static final ConcurrentMap<Path, SentimentEngine> BY_MODEL_FILE = new ConcurrentHashMap<>();

    private final Resources resources;
    private final SentimentModel model;

    private SentimentEngine(Resources resources, SentimentModel model) {
        this.resources = resources;
        this.model = model;
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

    /** A new engine with the given model; prefer {@link #shared(Path)} outside of tools and tests. */
    public static SentimentEngine load(Path modelFile) {
        try {
            return new SentimentEngine(Resources.get(), ModelFile.read(modelFile));
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

    @Override
    public Sentiment analyze(String text) {
        List<Token> tokens = resources.tokenizer.tokenize(text == null ? "" : text);
        List<String> terms = TermExtractor.terms(tokens);
        String language = tokens.isEmpty() ? LanguageDetector.UNDETERMINED : resources.languages.detect(tokens);
        if (!language.equals(LanguageDetector.ENGLISH) && !tokens.isEmpty()) {
            return new Sentiment(0, SentimentLabel.UNSUPPORTED, new double[] {0, 0, 1, 0, 0}, 0, model.name(),
                    language, terms);
        }
        double[] features = features(tokens);
        double[] classes = OrdinalScale.classes(model.eta(features), model.cuts());
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
        return new Sentiment(OrdinalScale.expectedScore(classes), label, classes, confidence, model.name(), language,
                terms);
    }

    /** The dense features of a text, as the model sees them; the trainer fits on exactly these. */
    public double[] features(List<Token> tokens) {
        LexiconEvidence lexicon = resources.lexiconScorer.score(tokens);
        double[] features = new double[Feature.COUNT];
        Feature.extract(lexicon, features);
        return features;
    }

    public List<Token> tokenize(String text) {
        return resources.tokenizer.tokenize(text);
    }

    /** What every model shares and what is loaded once per JVM: lexicons, tokenizer, language detector. */
    private static final class Resources {
        private static volatile Resources instance;

        final SocialTokenizer tokenizer;
        final LexiconScorer lexiconScorer;
        final LanguageDetector languages;

        private Resources() {
            ValenceLexicon lexicon = ValenceLexicon.load();
            this.tokenizer = new SocialTokenizer(lexicon.emoticons());
            this.lexiconScorer = new LexiconScorer(lexicon);
            this.languages = new LanguageDetector();
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
