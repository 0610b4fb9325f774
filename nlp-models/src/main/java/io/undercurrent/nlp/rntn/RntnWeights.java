package io.undercurrent.nlp.rntn;

import edu.stanford.nlp.neural.SimpleTensor;
import edu.stanford.nlp.sentiment.SentimentModel;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.ejml.simple.SimpleMatrix;

/**
 * The weights of CoreNLP's trained sentiment RNTN (Socher et al., 2013), copied out of CoreNLP's model into flat
 * float arrays laid out for {@link Rntn}'s forward pass. Only CoreNLP's "simplified" model (one composition matrix,
 * one tensor, one classifier), which is what CoreNLP ships, is supported.
 *
 * <p>The composition of children l and r is tanh(b + Wl l + Wr r + l^T A l + l^T C r + r^T B r), per output k, where
 * A, B are the left-left and right-right blocks of each tensor slice and C = V[l,r] + V[r,l]^T its cross block.
 * Everything that involves a single word's vector is computed once per word ({@link WordTerms}), so composing a word
 * with a phrase costs a fraction of the full tensor product.
 */
public final class RntnWeights {

    /** The model file inside the module's artifact, extracted from CoreNLP's models jar at build time. */
    public static final String DEFAULT_MODEL = "edu/stanford/nlp/models/sentiment/sentiment.ser.gz";
    static final String UNKNOWN_WORD = "*UNK*";

    final int hidden;
    final int classes;
    final float[] bias;
    /** Wl and Wr transposed: [j * hidden + k] = W[k][j] (resp. W[k][hidden + j]). */
    final float[] leftTransform;
    final float[] rightTransform;
    /** A and B folded to their upper triangles, by rows i: [i][j * hidden + k], zero for j < i. */
    final float[][] leftQuadratic;
    final float[][] rightQuadratic;
    /** C by rows i: [i][j * hidden + k] = C_k[i][j]. */
    final float[][] cross;
    /** Classifier, classes x (hidden + 1), row-major. */
    final float[] classifier;
    /** tanh of each word vector: a leaf's node vector. */
    final float[][] leafVectors;
    final Map<String, Integer> vocabulary;
    final int unknownWord;
    private final AtomicReferenceArray<WordTerms> wordTerms;

    /**
     * The terms of a composition that depend on one word only, computed on first use.
     *
     * @param asLeft b-free part when the word is the left child: Wl u + u^T A u
     * @param asRight the same when it is the right child: Wr u + u^T B u
     * @param crossAsLeft [j * hidden + k] = sum_i u_i C_k[i][j], to be multiplied with the right child
     * @param crossAsRight [i * hidden + k] = sum_j C_k[i][j] u_j, to be multiplied with the left child
     */
    record WordTerms(float[] asLeft, float[] asRight, float[] crossAsLeft, float[] crossAsRight) {
    }

    private RntnWeights(SentimentModel model) {
        if (!model.op.simplifiedModel || !model.op.useTensors || model.binaryTransform.size() != 1) {
            throw new IllegalArgumentException("only CoreNLP's simplified tensor model is supported");
        }
        hidden = model.op.numHid;
        classes = model.op.numClasses;
        int h = hidden;
        SimpleMatrix w = model.binaryTransform.iterator().next().getValue();
        SimpleTensor v = model.binaryTensors.iterator().next().getValue();
        SimpleMatrix c = model.unaryClassification.values().iterator().next();
        bias = new float[h];
        leftTransform = new float[h * h];
        rightTransform = new float[h * h];
        for (int k = 0; k < h; k++) {
            bias[k] = (float) w.get(k, 2 * h);
            for (int j = 0; j < h; j++) {
                leftTransform[j * h + k] = (float) w.get(k, j);
                rightTransform[j * h + k] = (float) w.get(k, h + j);
            }
        }
        leftQuadratic = new float[h][h * h];
        rightQuadratic = new float[h][h * h];
        cross = new float[h][h * h];
        for (int k = 0; k < h; k++) {
            SimpleMatrix slice = v.getSlice(k);
            for (int i = 0; i < h; i++) {
                leftQuadratic[i][i * h + k] = (float) slice.get(i, i);
                rightQuadratic[i][i * h + k] = (float) slice.get(h + i, h + i);
                for (int j = i + 1; j < h; j++) {
                    leftQuadratic[i][j * h + k] = (float) (slice.get(i, j) + slice.get(j, i));
                    rightQuadratic[i][j * h + k] = (float) (slice.get(h + i, h + j) + slice.get(h + j, h + i));
                }
                for (int j = 0; j < h; j++) {
                    cross[i][j * h + k] = (float) (slice.get(i, h + j) + slice.get(h + j, i));
                }
            }
        }
        classifier = new float[classes * (h + 1)];
        for (int r = 0; r < classes; r++) {
            for (int col = 0; col <= h; col++) {
                classifier[r * (h + 1) + col] = (float) c.get(r, col);
            }
        }
        vocabulary = new HashMap<>(model.wordVectors.size() * 2);
        leafVectors = new float[model.wordVectors.size()][];
        int index = 0;
        for (Map.Entry<String, SimpleMatrix> word : model.wordVectors.entrySet()) {
            float[] leaf = new float[h];
            for (int d = 0; d < h; d++) {
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
        wordTerms = new AtomicReferenceArray<>(leafVectors.length);
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
            index = vocabulary.get(word.toLowerCase(Locale.ROOT));
        }
        return index == null ? unknownWord : index;
    }

    /** As {@link #wordIndex(String)} when the caller already has the word in lower case. */
    public int wordIndex(String word, String lowerCase) {
        Integer index = vocabulary.get(word);
        if (index == null && !lowerCase.equals(word)) {
            index = vocabulary.get(lowerCase);
        }
        return index == null ? unknownWord : index;
    }

    public boolean knows(String word) {
        return vocabulary.containsKey(word) || vocabulary.containsKey(word.toLowerCase(Locale.ROOT));
    }

    public int vocabularySize() {
        return leafVectors.length;
    }

    public int unknownWord() {
        return unknownWord;
    }

    WordTerms wordTerms(int word) {
        WordTerms terms = wordTerms.get(word);
        if (terms == null) {
            terms = computeWordTerms(leafVectors[word]);
            wordTerms.compareAndSet(word, null, terms); // a racing thread computed the same values
        }
        return terms;
    }

    private WordTerms computeWordTerms(float[] u) {
        int h = hidden;
        float[] asLeft = new float[h];
        float[] asRight = new float[h];
        quadratic(u, leftQuadratic, leftTransform, asLeft);
        quadratic(u, rightQuadratic, rightTransform, asRight);
        float[] crossAsLeft = new float[h * h];
        float[] crossAsRight = new float[h * h];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < h; j++) {
                for (int k = 0; k < h; k++) {
                    float c = cross[i][j * h + k];
                    crossAsLeft[j * h + k] += u[i] * c;
                    crossAsRight[i * h + k] += c * u[j];
                }
            }
        }
        return new WordTerms(asLeft, asRight, crossAsLeft, crossAsRight);
    }

    /** out += W u + u^T Q u for a folded quadratic block Q (see {@link #leftQuadratic}). */
    static void quadratic(float[] u, float[][] folded, float[] transform, float[] out) {
        int h = u.length;
        for (int i = 0; i < h; i++) {
            float ui = u[i];
            float[] row = folded[i];
            for (int j = i; j < h; j++) {
                float coefficient = ui * u[j];
                int base = j * h;
                for (int k = 0; k < h; k++) {
                    out[k] += coefficient * row[base + k];
                }
            }
            int base = i * h;
            for (int k = 0; k < h; k++) {
                out[k] += ui * transform[base + k];
            }
        }
    }
}
