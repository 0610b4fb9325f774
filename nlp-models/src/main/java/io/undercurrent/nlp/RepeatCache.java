package io.undercurrent.nlp;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Remembers the verdicts of recent texts, so a burst of reposts (boosts, retweets, copypasta: what a crisis spike
 * is made of) is scored once. Direct-mapped and lock-free: a slot holds the last text that hashed to it, and a
 * collision simply replaces it. Thread-safe.
 */
final class RepeatCache {

    private record Entry(String text, Sentiment verdict) {
    }

    private final AtomicReferenceArray<Entry> slots;
    private final int mask;

    /** @param slotsPowerOfTwo number of slots, a power of two */
    RepeatCache(int slotsPowerOfTwo) {
        if (Integer.bitCount(slotsPowerOfTwo) != 1) {
            throw new IllegalArgumentException("slots must be a power of two");
        }
        this.slots = new AtomicReferenceArray<>(slotsPowerOfTwo);
        this.mask = slotsPowerOfTwo - 1;
    }

    /** The remembered verdict for exactly this text, as a copy the caller may keep, or null. */
    Sentiment get(String text) {
        Entry entry = slots.get(slot(text));
        return entry != null && entry.text.equals(text) ? copy(entry.verdict) : null;
    }

    void put(String text, Sentiment verdict) {
        slots.set(slot(text), new Entry(text, copy(verdict)));
    }

    private int slot(String text) {
        int h = text.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /** Verdicts carry a mutable array: the cache hands out and keeps its own copies. */
    private static Sentiment copy(Sentiment s) {
        return new Sentiment(s.score(), s.label(), s.classes().clone(), s.confidence(), s.model(), s.language(),
                s.terms());
    }
}
