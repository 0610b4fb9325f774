package io.undercurrent.jobs.sketches;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Approximate number of distinct strings, mergeable across windows and micro-communities. Exact while small: a
 * sorted list of 64-bit hashes, kept until it would outgrow the registers; then a HyperLogLog of 2^12 one-byte
 * registers (4 KiB, standard error 1.6%) read with Ertl's improved estimator, which needs no bias tables and no
 * switch between small- and large-range formulas (O. Ertl, "New cardinality estimation algorithms for
 * HyperLogLog sketches", 2017). A Flink POJO, so window state holds it without Kryo.
 */
public class HyperLogLog {

    static final int PRECISION = 12;
    static final int REGISTERS = 1 << PRECISION;
    /** Hashes the exact form holds at most: as many bytes as the registers. */
    static final int EXACT_LIMIT = REGISTERS / Long.BYTES;
    /** Largest register value: all 64 - p bits after the index are zero. */
    private static final int MAX_RANK = 64 - PRECISION + 1;
    private static final double ALPHA_INFINITY = 1.0 / (2.0 * Math.log(2.0));

    /** Sorted distinct hashes, the first {@link #size} of them in use; null once the registers are in use. */
    public long[] hashes = new long[4];
    public int size;
    /** Register values; null while exact. */
    public byte[] registers;

    public HyperLogLog() {}

    public void add(String value) {
        addHash(hash(value));
    }

    public void addHash(long hash) {
        if (registers != null) {
            setRegister(hash);
            return;
        }
        int at = Arrays.binarySearch(hashes, 0, size, hash);
        if (at >= 0) {
            return;
        }
        if (size == EXACT_LIMIT) {
            toRegisters();
            setRegister(hash);
            return;
        }
        int insertion = -at - 1;
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, Math.min(EXACT_LIMIT, size * 2));
        }
        System.arraycopy(hashes, insertion, hashes, insertion + 1, size - insertion);
        hashes[insertion] = hash;
        size++;
    }

    /** Adds everything {@code other} has seen; {@code other} is not changed. */
    public void merge(HyperLogLog other) {
        if (other.registers == null) {
            for (int i = 0; i < other.size; i++) {
                addHash(other.hashes[i]);
            }
            return;
        }
        if (registers == null) {
            toRegisters();
        }
        for (int i = 0; i < REGISTERS; i++) {
            registers[i] = (byte) Math.max(registers[i], other.registers[i]);
        }
    }

    /** The number of distinct values added: exact while small, within a few percent after. */
    public long estimate() {
        if (registers == null) {
            return size;
        }
        int[] histogram = new int[MAX_RANK + 1];
        for (byte register : registers) {
            histogram[register]++;
        }
        double z = REGISTERS * tau(1.0 - (double) histogram[MAX_RANK] / REGISTERS);
        for (int k = MAX_RANK - 1; k >= 1; k--) {
            z = 0.5 * (z + histogram[k]);
        }
        z += REGISTERS * sigma((double) histogram[0] / REGISTERS);
        return Math.round(ALPHA_INFINITY * REGISTERS * REGISTERS / z);
    }

    public boolean isExact() {
        return registers == null;
    }

    public HyperLogLog copy() {
        HyperLogLog copy = new HyperLogLog();
        copy.size = size;
        copy.hashes = hashes == null ? null : hashes.clone();
        copy.registers = registers == null ? null : registers.clone();
        return copy;
    }

    /** A 64-bit hash of the string's UTF-8 bytes: FNV-1a, then MurmurHash3's finalizer to spread the bits. */
    public static long hash(String value) {
        long h = 0xcbf29ce484222325L;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private void toRegisters() {
        registers = new byte[REGISTERS];
        for (int i = 0; i < size; i++) {
            setRegister(hashes[i]);
        }
        hashes = null;
        size = 0;
    }

    private void setRegister(long hash) {
        int index = (int) (hash >>> (64 - PRECISION));
        long rest = hash << PRECISION;
        int rank = rest == 0 ? MAX_RANK : Long.numberOfLeadingZeros(rest) + 1;
        if (rank > registers[index]) {
            registers[index] = (byte) rank;
        }
    }

    private static double sigma(double x) {
        if (x == 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        double y = 1.0;
        double z = x;
        double previous;
        do {
            x *= x;
            previous = z;
            z += x * y;
            y += y;
        } while (z != previous);
        return z;
    }

    private static double tau(double x) {
        if (x == 0.0 || x == 1.0) {
            return 0.0;
        }
        double y = 1.0;
        double z = 1.0 - x;
        double previous;
        do {
            x = Math.sqrt(x);
            previous = z;
            y *= 0.5;
            z -= (1.0 - x) * (1.0 - x) * y;
        } while (z != previous);
        return z / 3.0;
    }
}
