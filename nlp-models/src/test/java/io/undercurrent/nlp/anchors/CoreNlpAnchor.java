package io.undercurrent.nlp.anchors;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import io.undercurrent.nlp.Sentiment;
import io.undercurrent.nlp.SentimentAnalyzer;
import io.undercurrent.nlp.SentimentLabel;
import io.undercurrent.nlp.eval.AnalyzerProvider;
import java.util.List;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * Anchor: stock CoreNLP 4.5.10 sentiment, tuned as in the issue (shift-reduce parser, no dependency graphs). A post's
 * distribution is the token-weighted mean of its sentences'; its label is CoreNLP's own 5-way argmax of that mean.
 */
public final class CoreNlpAnchor implements SentimentAnalyzer {

    private static final double[] CLASS_VALUES = {-1, -0.5, 0, 0.5, 1};
    private static final String PARSER_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";

    private final StanfordCoreNLP pipeline;

    public CoreNlpAnchor() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
        props.setProperty("parse.model", PARSER_MODEL);
        props.setProperty("parse.buildgraphs", "false");
        props.setProperty("tokenize.options", "untokenizable=noneDelete");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public Sentiment analyze(String text) {
        Annotation annotation = new Annotation(text == null ? "" : text);
        pipeline.annotate(annotation);
        double[] classes = new double[5];
        double weight = 0;
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap sentence : sentences) {
            Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
            SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(tree);
            int tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
            for (int k = 0; k < 5; k++) {
                classes[k] += tokens * predictions.get(k);
            }
            weight += tokens;
        }
        if (weight == 0) {
            return new Sentiment(0, SentimentLabel.NEUTRAL, new double[] {0, 0, 1, 0, 0}, 1, "corenlp-4.5.10", "en",
                    List.of());
        }
        int best = 0;
        double score = 0;
        for (int k = 0; k < 5; k++) {
            classes[k] /= weight;
            score += classes[k] * CLASS_VALUES[k];
            if (classes[k] > classes[best]) {
                best = k;
            }
        }
        SentimentLabel label = best < 2 ? SentimentLabel.NEGATIVE : best == 2 ? SentimentLabel.NEUTRAL
                : SentimentLabel.POSITIVE;
        double confidence = best < 2 ? classes[0] + classes[1] : best == 2 ? classes[2] : classes[3] + classes[4];
        return new Sentiment(score, label, classes, confidence, "corenlp-4.5.10-sr", "en", List.of());
    }

    /** Registers the anchor as "corenlp" for {@code sentiment eval} and {@code sentiment bench}. */
    public static final class Provider implements AnalyzerProvider {
        @Override
        public String name() {
            return "corenlp";
        }

        /** CoreNLP's model jars join the classpath with -Panchors only. */
        @Override
        public boolean available() {
            return CoreNlpAnchor.class.getClassLoader().getResource(PARSER_MODEL) != null;
        }

        @Override
        public SentimentAnalyzer create() {
            return new CoreNlpAnchor();
        }
    }
}
