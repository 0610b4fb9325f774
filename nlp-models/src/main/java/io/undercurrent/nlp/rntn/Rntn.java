package io.undercurrent.nlp.rntn;

import java.util.Arrays;
import java.util.List;

/**
 * Forward pass of CoreNLP's sentiment RNTN over binary trees, in flat float arrays. It computes what CoreNLP's
 * generic matrix code computes (node = tanh(W [l; r; 1] + [l; r]^T V [l; r]), classes = softmax(C [node; 1])) at a
 * small fraction of the cost: leaf vectors are precomputed, the tensor is folded to its symmetric upper triangle
 * (half the multiply-adds) and read in loops the JIT vectorises, and nothing is allocated per node. Thread-safe:
 * scratch space is per thread.
 */
public final class Rntn {

    private final RntnWeights weights;
    private final List<TreeShape> shapes;
    private final ThreadLocal<Scratch> scratch;

    /** @param shapes the tree shapes whose root distributions are averaged, in order */
    public Rntn(RntnWeights weights, List<TreeShape> shapes) {
        if (shapes.isEmpty()) {
            throw new IllegalArgumentException("at least one tree shape");
        }
        this.weights = weights;
        this.shapes = List.copyOf(shapes);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(weights));
    }

    public RntnWeights weights() {
        return weights;
    }

    /**
     * Class distribution of a post: for each sentence the mean root distribution over the tree shapes, averaged over
     * sentences weighted by their length.
     *
     * @return false when the post has no leaves (out untouched)
     */
    public boolean score(RntnLeaves.Sentences sentences, double[] out) {
        if (sentences.size == 0) {
            return false;
        }
        Scratch s = scratch.get();
        Arrays.fill(out, 0);
        for (int i = 0; i < sentences.sentences; i++) {
            int count = sentences.counts[i];
            double weight = (double) count / sentences.size / shapes.size();
            for (TreeShape shape : shapes) {
                int length = shape.write(sentences.leaves, sentences.starts[i], count, sentences.separators,
                        s.program, 0);
                if (sentences.closers[i] >= 0) {
                    s.program[length++] = sentences.closers[i];
                    s.program[length++] = TreeShape.MERGE;
                }
                evaluate(s.program, length, s.classes);
                for (int k = 0; k < out.length; k++) {
                    out[k] += s.classes[k] * weight;
                }
            }
        }
        return true;
    }

    /** Runs a postfix tree program (see {@link TreeShape}) and writes the root's class distribution. */
    public void evaluate(int[] program, int length, double[] out) {
        Scratch s = scratch.get();
        float[][] stack = s.stack;
        int top = 0;
        int pooled = 0;
        for (int p = 0; p < length; p++) {
            int op = program[p];
            if (op >= 0) {
                stack[top++] = weights.leafVectors[op];
            } else {
                float[] node = s.pool[pooled++];
                compose(stack[top - 2], stack[top - 1], node, s);
                stack[top - 2] = node;
                top--;
            }
        }
        if (top != 1) {
            throw new IllegalArgumentException("tree program leaves " + top + " nodes, expected 1");
        }
        classify(stack[0], out);
    }

    private void compose(float[] left, float[] right, float[] out, Scratch s) {
        int h = weights.hidden;
        int width = 2 * h;
        float[] x = s.children;
        System.arraycopy(left, 0, x, 0, h);
        System.arraycopy(right, 0, x, h, h);
        // acc[j][k] = sum_{i <= j} x_i S_k[i][j]; row i of the folded tensor is zero before j = i, so it starts there
        float[] acc = s.accumulator;
        float[][] tensor = weights.tensor;
        int total = acc.length;
        Arrays.fill(acc, 0f);
        for (int i = 0; i < width; i += 2) {
            float x0 = x[i];
            float x1 = x[i + 1];
            float[] row0 = tensor[i];
            float[] row1 = tensor[i + 1];
            for (int m = i * h; m < total; m++) {
                acc[m] += x0 * row0[m] + x1 * row1[m];
            }
        }
        // out_k = tanh(sum_j x_j (acc[j][k] + W[k][j]) + b_k)
        float[] sum = s.sum;
        System.arraycopy(weights.bias, 0, sum, 0, h);
        float[] transformT = weights.transformTransposed;
        for (int j = 0; j < width; j++) {
            float xj = x[j];
            int base = j * h;
            for (int k = 0; k < h; k++) {
                sum[k] += xj * (acc[base + k] + transformT[base + k]);
            }
        }
        for (int k = 0; k < h; k++) {
            out[k] = (float) Math.tanh(sum[k]);
        }
    }

    void classify(float[] node, double[] out) {
        int h = weights.hidden;
        int classes = weights.classes;
        float[] c = weights.classifier;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < classes; r++) {
            double z = c[r * (h + 1) + h];
            for (int d = 0; d < h; d++) {
                z += c[r * (h + 1) + d] * node[d];
            }
            out[r] = z;
            max = Math.max(max, z);
        }
        double total = 0;
        for (int r = 0; r < classes; r++) {
            out[r] = Math.exp(out[r] - max);
            total += out[r];
        }
        for (int r = 0; r < classes; r++) {
            out[r] /= total;
        }
    }

    private static final class Scratch {
        final float[] children;
        final float[] accumulator;
        final float[] sum;
        final float[][] stack;
        final float[][] pool;
        final int[] program;
        final double[] classes;

        Scratch(RntnWeights weights) {
            int h = weights.hidden;
            int maxNodes = RntnLeaves.MAX_LEAVES + 2;
            children = new float[2 * h];
            accumulator = new float[2 * h * h];
            sum = new float[h];
            stack = new float[maxNodes][];
            pool = new float[maxNodes][h];
            program = new int[2 * maxNodes];
            classes = new double[weights.classes];
        }
    }
}
