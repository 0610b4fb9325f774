package io.undercurrent.nlp.rntn;

import java.util.Arrays;
import java.util.List;

/**
 * Forward pass of CoreNLP's sentiment RNTN over binary trees, in flat float arrays. It computes what CoreNLP's
 * generic matrix code computes (node = tanh(W [l; r; 1] + [l; r]^T V [l; r]), classes = softmax(C [node; 1])) at a
 * small fraction of the cost: every term that depends on one word alone is computed once per word (see
 * {@link RntnWeights}), quadratic blocks are folded to their upper triangles, the loops are ones the JIT vectorises,
 * and nothing is allocated per node. Thread-safe: scratch space is per thread.
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
        int[] stackWords = s.stackWords;
        int top = 0;
        int pooled = 0;
        for (int p = 0; p < length; p++) {
            int op = program[p];
            if (op >= 0) {
                stack[top] = weights.leafVectors[op];
                stackWords[top++] = op;
            } else {
                float[] node = s.pool[pooled++];
                compose(stack[top - 2], stackWords[top - 2], stack[top - 1], stackWords[top - 1], node, s);
                stack[top - 2] = node;
                stackWords[top - 2] = -1;
                top--;
            }
        }
        if (top != 1) {
            throw new IllegalArgumentException("tree program leaves " + top + " nodes, expected 1");
        }
        classify(stack[0], out);
    }

    /**
     * node = tanh(b + Wl l + Wr r + l^T A l + l^T C r + r^T B r); a child that is a word (index >= 0) brings its
     * precomputed terms, so only phrase-phrase merges pay for the full tensor. Terms that end multiplied by the same
     * child's values are gathered in one accumulator first, so each child costs one pass over it.
     */
    private void compose(float[] left, int leftWord, float[] right, int rightWord, float[] out, Scratch s) {
        int h = weights.hidden;
        float[] sum = s.sum;
        float[] acc = s.accumulator;
        System.arraycopy(weights.bias, 0, sum, 0, h);
        if (leftWord >= 0 && rightWord >= 0) {
            RntnWeights.WordTerms leftTerms = weights.wordTerms(leftWord);
            add(leftTerms.asLeft(), sum);
            add(weights.wordTerms(rightWord).asRight(), sum);
            multiplyAdd(right, leftTerms.crossAsLeft(), sum);
        } else if (leftWord >= 0) {
            RntnWeights.WordTerms leftTerms = weights.wordTerms(leftWord);
            add(leftTerms.asLeft(), sum);
            accumulateRows(right, weights.rightQuadratic, true, true, acc);
            addFlat(weights.rightTransform, leftTerms.crossAsLeft(), acc);
            multiplyAdd(right, acc, sum);
        } else if (rightWord >= 0) {
            RntnWeights.WordTerms rightTerms = weights.wordTerms(rightWord);
            add(rightTerms.asRight(), sum);
            accumulateRows(left, weights.leftQuadratic, true, true, acc);
            addFlat(weights.leftTransform, rightTerms.crossAsRight(), acc);
            multiplyAdd(left, acc, sum);
        } else {
            accumulateRows(left, weights.leftQuadratic, true, true, acc);
            addFlat(weights.leftTransform, acc);
            multiplyAdd(left, acc, sum);
            accumulateRows(left, weights.cross, false, true, acc); // l^T C, to be multiplied by r
            accumulateRows(right, weights.rightQuadratic, true, false, acc);
            addFlat(weights.rightTransform, acc);
            multiplyAdd(right, acc, sum);
        }
        for (int k = 0; k < h; k++) {
            out[k] = tanh(sum[k]);
        }
    }

    /**
     * tanh without a library call (Math.tanh is one on JDK 17 and dominated composition): Lambert's continued
     * fraction, within 1e-6 for |x| <= 3, and the exp form beyond.
     */
    static float tanh(float x) {
        if (x > 3f || x < -3f) {
            double e = Math.exp(-2.0 * Math.abs(x));
            return (float) Math.copySign((1 - e) / (1 + e), x);
        }
        float x2 = x * x;
        return x * (135135f + x2 * (17325f + x2 * (378f + x2)))
                / (135135f + x2 * (62370f + x2 * (3150f + x2 * 28f)));
    }

    /**
     * acc (+)= sum_i u_i rows[i], five rows per pass (a fifth of the accumulator traffic). With {@code triangular},
     * rows i..i+4 are zero before position i * h, so each pass starts there.
     */
    private static void accumulateRows(float[] u, float[][] rows, boolean triangular, boolean clear, float[] acc) {
        int h = u.length;
        if (clear) {
            Arrays.fill(acc, 0f);
        }
        int i = 0;
        for (; i + 5 <= h; i += 5) {
            float u0 = u[i];
            float u1 = u[i + 1];
            float u2 = u[i + 2];
            float u3 = u[i + 3];
            float u4 = u[i + 4];
            float[] r0 = rows[i];
            float[] r1 = rows[i + 1];
            float[] r2 = rows[i + 2];
            float[] r3 = rows[i + 3];
            float[] r4 = rows[i + 4];
            for (int m = triangular ? i * h : 0; m < acc.length; m++) {
                acc[m] += u0 * r0[m] + u1 * r1[m] + u2 * r2[m] + u3 * r3[m] + u4 * r4[m];
            }
        }
        for (; i < h; i++) {
            float ui = u[i];
            float[] row = rows[i];
            for (int m = triangular ? i * h : 0; m < acc.length; m++) {
                acc[m] += ui * row[m];
            }
        }
    }

    /** acc += a, element-wise over the whole [j][k] block. */
    private static void addFlat(float[] a, float[] acc) {
        for (int m = 0; m < acc.length; m++) {
            acc[m] += a[m];
        }
    }

    /** acc += a + b, element-wise over the whole [j][k] block. */
    private static void addFlat(float[] a, float[] b, float[] acc) {
        for (int m = 0; m < acc.length; m++) {
            acc[m] += a[m] + b[m];
        }
    }

    /**
     * sum[k] += sum_j v_j matrix[j * h + k], eight outputs at a time held in locals: with h = 25 the plain nested
     * loop is too short to vectorise and round-trips sum through memory on every step.
     */
    private static void multiplyAdd(float[] v, float[] matrix, float[] sum) {
        int h = sum.length;
        int c = 0;
        for (; c + 8 <= h; c += 8) {
            float a0 = 0;
            float a1 = 0;
            float a2 = 0;
            float a3 = 0;
            float a4 = 0;
            float a5 = 0;
            float a6 = 0;
            float a7 = 0;
            for (int j = 0; j < h; j++) {
                float vj = v[j];
                int b = j * h + c;
                a0 += vj * matrix[b];
                a1 += vj * matrix[b + 1];
                a2 += vj * matrix[b + 2];
                a3 += vj * matrix[b + 3];
                a4 += vj * matrix[b + 4];
                a5 += vj * matrix[b + 5];
                a6 += vj * matrix[b + 6];
                a7 += vj * matrix[b + 7];
            }
            sum[c] += a0;
            sum[c + 1] += a1;
            sum[c + 2] += a2;
            sum[c + 3] += a3;
            sum[c + 4] += a4;
            sum[c + 5] += a5;
            sum[c + 6] += a6;
            sum[c + 7] += a7;
        }
        for (; c < h; c++) {
            float a = 0;
            for (int j = 0; j < h; j++) {
                a += v[j] * matrix[j * h + c];
            }
            sum[c] += a;
        }
    }

    private static void add(float[] terms, float[] sum) {
        for (int k = 0; k < sum.length; k++) {
            sum[k] += terms[k];
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
        final float[] accumulator;
        final float[] sum;
        final float[][] stack;
        final int[] stackWords;
        final float[][] pool;
        final int[] program;
        final double[] classes;

        Scratch(RntnWeights weights) {
            int h = weights.hidden;
            int maxNodes = RntnLeaves.MAX_LEAVES + 2;
            accumulator = new float[h * h];
            sum = new float[h];
            stack = new float[maxNodes][];
            stackWords = new int[maxNodes];
            pool = new float[maxNodes][h];
            program = new int[2 * maxNodes];
            classes = new double[weights.classes];
        }
    }
}
