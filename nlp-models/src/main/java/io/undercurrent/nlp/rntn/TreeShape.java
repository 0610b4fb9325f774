package io.undercurrent.nlp.rntn;

import java.util.Set;

/**
 * Binary tree shapes the RNTN can compose a sentence with, written as postfix programs over the sentence's leaves:
 * an entry {@code >= 0} pushes that leaf's word, {@link #MERGE} composes the two nodes on top of the stack. A
 * parser would give the "right" tree; these shapes give the RNTN plausible trees at no parsing cost.
 */
public enum TreeShape {
    /** (w1 (w2 (... wn))): English is mostly right-branching. */
    RIGHT {
        @Override
        int write(int[] words, int from, int count, boolean[] separators, int[] program, int size) {
            for (int i = from; i < from + count; i++) {
                program[size++] = words[i];
            }
            for (int i = 1; i < count; i++) {
                program[size++] = MERGE;
            }
            return size;
        }
    },
    /** ((((w1 w2) w3) ...) wn). */
    LEFT {
        @Override
        int write(int[] words, int from, int count, boolean[] separators, int[] program, int size) {
            program[size++] = words[from];
            for (int i = from + 1; i < from + count; i++) {
                program[size++] = words[i];
                program[size++] = MERGE;
            }
            return size;
        }
    },
    /** Halves split recursively. */
    BALANCED {
        @Override
        int write(int[] words, int from, int count, boolean[] separators, int[] program, int size) {
            if (count == 1) {
                program[size] = words[from];
                return size + 1;
            }
            int left = count / 2;
            size = write(words, from, left, separators, program, size);
            size = write(words, from + left, count - left, separators, program, size);
            program[size] = MERGE;
            return size + 1;
        }
    },
    /**
     * Clauses first: the runs between separators (commas, colons, dashes, conjunctions such as "but") are each
     * composed right-branching, then the clauses and separators are composed right-branching.
     */
    CLAUSES {
        @Override
        int write(int[] words, int from, int count, boolean[] separators, int[] program, int size) {
            int items = 0;
            int runStart = -1;
            for (int i = from; i <= from + count; i++) {
                boolean end = i == from + count;
                if (end || separators[i]) {
                    if (runStart >= 0) {
                        size = RIGHT.write(words, runStart, i - runStart, separators, program, size);
                        items++;
                        runStart = -1;
                    }
                    if (!end) {
                        program[size++] = words[i];
                        items++;
                    }
                } else if (runStart < 0) {
                    runStart = i;
                }
            }
            for (int i = 1; i < items; i++) {
                program[size++] = MERGE;
            }
            return size;
        }
    };

    public static final int MERGE = -1;
    /** Words and marks that separate clauses, for {@link #CLAUSES}. */
    static final Set<String> SEPARATORS = Set.of(",", ";", ":", "--", "but", "and", "because", "although",
            "though", "while", "which", "who", "yet", "so", "if", "when");

    /**
     * Appends the postfix program for {@code count >= 1} words starting at {@code from} to {@code program} at
     * {@code size}.
     *
     * @param separators for each leaf position, whether it separates clauses
     * @return the new program size (grown by 2 * count - 1)
     */
    abstract int write(int[] words, int from, int count, boolean[] separators, int[] program, int size);
}
