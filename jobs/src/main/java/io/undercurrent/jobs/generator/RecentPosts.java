package io.undercurrent.jobs.generator;

import io.undercurrent.nlp.SentimentLabel;

/** The latest posts of one micro-community, which new replies pick their parent from. */
final class RecentPosts {

    /** What a reply needs to know about the post it answers. */
    record Ref(String id, String threadId, String author, SentimentLabel sentiment, boolean staff, int depth) {}

    /** Replies mostly go to fresh posts: the parent is this many posts back on average. */
    private static final double MEAN_DISTANCE = 25;

    private final Ref[] ring;
    private int size;
    private int next;

    RecentPosts(int capacity) {
        this.ring = new Ref[capacity];
    }

    void add(Ref ref) {
        ring[next] = ref;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** A recent post, newer ones more likely. */
    Ref pick(Draws draws) {
        int back = (int) Math.min(size - 1, Math.floor(draws.exponential(MEAN_DISTANCE)));
        return ring[Math.floorMod(next - 1 - back, ring.length)];
    }
}
