package io.undercurrent.nlp.rntn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.sentiment.SentimentCostAndGradient;
import edu.stanford.nlp.sentiment.SentimentModel;
import edu.stanford.nlp.trees.LabeledScoredTreeFactory;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fast forward pass must compute what CoreNLP's own RNTN code computes on the same tree. */
class RntnTest {

    private static SentimentModel model;
    private static RntnWeights weights;

    @BeforeAll
    static void loadModel() {
        model = SentimentModel.loadSerialized(RntnWeights.DEFAULT_MODEL);
        weights = RntnWeights.of(model);
    }

    @Test
    void everyTreeShapeMatchesCoreNlpsForwardPass() {
        String[] words = "the plot is n't very original , but the acting is superb and funny".split(" ");
        int[] leaves = new int[words.length];
        boolean[] separators = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            leaves[i] = weights.wordIndex(words[i]);
            separators[i] = TreeShape.SEPARATORS.contains(words[i]);
        }
        for (TreeShape shape : TreeShape.values()) {
            int[] program = new int[2 * words.length];
            int length = shape.write(leaves, 0, words.length, separators, program, 0);
            assertThat(length).isEqualTo(2 * words.length - 1);

            double[] fast = new double[5];
            new Rntn(weights, List.of(shape)).evaluate(program, length, fast);
            SimpleMatrix reference = coreNlpPredictions(program, length, words, leaves);
            for (int k = 0; k < 5; k++) {
                assertThat(fast[k]).as("%s class %d", shape, k).isCloseTo(reference.get(k), within(1e-4));
            }
        }
    }

    @Test
    void unknownWordsFallBackToLowerCaseThenUnk() {
        assertThat(weights.wordIndex("GREAT")).isEqualTo(weights.wordIndex("great"));
        assertThat(weights.wordIndex("qwzxv-not-a-word")).isEqualTo(weights.unknownWord());
    }

    @Test
    void modelReadsPraiseAndPanOppositely() {
        assertThat(polarity("a wonderful , moving film")).isGreaterThan(0.2);
        assertThat(polarity("a dull , tedious mess")).isLessThan(-0.2);
    }

    private static double polarity(String sentence) {
        String[] words = sentence.split(" ");
        int[] leaves = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            leaves[i] = weights.wordIndex(words[i]);
        }
        int[] program = new int[2 * words.length];
        int length = TreeShape.RIGHT.write(leaves, 0, words.length, new boolean[words.length], program, 0);
        double[] p = new double[5];
        new Rntn(weights, List.of(TreeShape.RIGHT)).evaluate(program, length, p);
        return -p[0] - 0.5 * p[1] + 0.5 * p[3] + p[4];
    }

    /** Builds the same tree as CoreNLP Tree objects and runs CoreNLP's own forward propagation. */
    private static SimpleMatrix coreNlpPredictions(int[] program, int length, String[] words, int[] leaves) {
        TreeFactory trees = new LabeledScoredTreeFactory();
        Deque<Tree> stack = new ArrayDeque<>();
        int next = 0;
        for (int p = 0; p < length; p++) {
            if (program[p] >= 0) {
                assertThat(program[p]).isEqualTo(leaves[next]);
                Tree leaf = trees.newLeaf(words[next++]);
                stack.push(trees.newTreeNode("X", List.of(leaf)));
            } else {
                Tree right = stack.pop();
                Tree left = stack.pop();
                stack.push(trees.newTreeNode("X", List.of(left, right)));
            }
        }
        Tree root = stack.pop();
        new SentimentCostAndGradient(model, null).forwardPropagateTree(root);
        return RNNCoreAnnotations.getPredictions(root);
    }
}
