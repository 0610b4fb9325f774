package io.undercurrent.nlp.rntn;

import edu.stanford.nlp.neural.SimpleTensor;
import edu.stanford.nlp.sentiment.SentimentModel;
import java.util.HashMap;
import java.util.Map;
import org.ejml.simple.SimpleMatrix;

/**
 * The weights of CoreNLP's trained sentiment RNTN (Socher et al., 2013), copied out of CoreNLP's model into flat
 * float arrays laid out for {@link Rntn}'s forward pass. Only CoreNLP's "simplified" model (one composition matrix,
 * one tensor, one classifier), which is what CoreNLP ships, is supported.
 */
public final class RntnWeights {

    /** The model file inside the module's artifact, extracted from CoreNLP's models jar at build time. */
    public static final String DEFAULT_MODEL = "edu/stanford/nlp/models/sentiment/sentiment.ser.gz";
    static final String UNKNOWN_WORD = "*UNK*";

    final int hidden;
    final int classes;
    /** Composition matrix W without its bias column, transposed: transformTransposed[j * hidden + k] = W[k][j]. */
    final float[] transformTransposed;
    /** Bias column of W. */
    final float[] bias;
    /**
     * Tensor V folded to its upper triangle (x^T V_k x = x^T S_k x with S_k[i][j] = V_k[i][j] + V_k[j][i] for i < j)
     * by rows i of the children vector: tensor[i][j * hidden + k] = S_k[i][j], zero for j < i. One array per row
     * keeps the multiply-add loop vectorisable.
     */
    final float[][] tensor;
    /** Classifier, classes x (hidden + 1), row-major. */
    final float[] classifier;
    /** tanh of each word vector: a leaf's node vector, computed once here instead of per post. */
    final float[][] leafVectors;
    final Map<String, Integer> vocabulary;
    final int unknownWord;

    private RntnWeights(SentimentModel model) {
        if (!model.op.simplifiedModel || !model.op.useTensors || model.binaryTransform.size() != 1) {
            throw new IllegalArgumentException("only CoreNLP's simplified tensor model is supported");
        }
        hidden = model.op.numHid;
        classes = model.op.numClasses;
        SimpleMatrix w = model.binaryTransform.iterator().next().getValue();
        SimpleTensor v = model.binaryTensors.iterator().next().getValue();
        SimpleMatrix c = model.unaryClassification.values().iterator().next();
        int width = 2 * hidden;
        transformTransposed = new float[width * hidden];
        bias = new float[hidden];
        for (int k = 0; k < hidden; k++) {
            for (int j = 0; j < width; j++) {
                transformTransposed[j * hidden + k] = (float) w.get(k, j);
            }
            bias[k] = (float) w.get(k, width);
        }
        tensor = new float[width][width * hidden];
        for (int k = 0; k < hidden; k++) {
            SimpleMatrix slice = v.getSlice(k);
            for (int i = 0; i < width; i++) {
                tensor[i][i * hidden + k] = (float) slice.get(i, i);
                for (int j = i + 1; j < width; j++) {
                    tensor[i][j * hidden + k] = (float) (slice.get(i, j) + slice.get(j, i));
                }
            }
        }
        classifier = new float[classes * (hidden + 1)];
        for (int r = 0; r < classes; r++) {
            for (int col = 0; col <= hidden; col++) {
                classifier[r * (hidden + 1) + col] = (float) c.get(r, col);
            }
        }
        vocabulary = new HashMap<>(model.wordVectors.size() * 2);
        leafVectors = new float[model.wordVectors.size()][];
        int index = 0;
        for (Map.Entry<String, SimpleMatrix> word : model.wordVectors.entrySet()) {
            float[] leaf = new float[hidden];
            for (int d = 0; d < hidden; d++) {
                leaf[d] = (float) Math.tanh(word.getValue().get(d));
            }
            leafVectors[index] = leaf;
            vocabulary.put(word.getKey(), index++);
        }
        Integer unknown = vocabulary.get(UNKNOWN_WORD);
        if (unknown == null) {
            throw new IllegalArgumentException("the sentiment model has no vector for unknown words");
        }
        unknownWord = unknown;
    }

    /** Loads CoreNLP's serialized sentiment model from the classpath or a file path. */
    public static RntnWeights load(String path) {
        return new RntnWeights(SentimentModel.loadSerialized(path));
    }

    public static RntnWeights of(SentimentModel model) {
        return new RntnWeights(model);
    }

    /** Index of a word's vector: as written, else lower-cased (CoreNLP looks words up as written only), else UNK. */
    public int wordIndex(String word) {
        Integer index = vocabulary.get(word);
        if (index == null) {
            index = vocabulary.get(word.toLowerCase(java.util.Locale.ROOT));
        }
        return index == null ? unknownWord : index;
    }

    public boolean knows(String word) {
        return vocabulary.containsKey(word) || vocabulary.containsKey(word.toLowerCase(java.util.Locale.ROOT));
    }

    public int unknownWord() {
        return unknownWord;
    }

    public int hidden() {
        return hidden;
    }
}
