package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.EvidencePost;
import io.undercurrent.jobs.records.ScoredPost;
import java.util.Arrays;
import java.util.Comparator;

/** The posts a micro-map cites: the few most negative and the few most engaged, kept in order as posts arrive. */
final class Evidence {

    static final Comparator<EvidencePost> MOST_NEGATIVE =
            Comparator.comparingDouble((EvidencePost post) -> post.score).thenComparing(post -> post.id);
    static final Comparator<EvidencePost> MOST_ENGAGED =
            Comparator.comparingLong((EvidencePost post) -> post.engagement).reversed().thenComparing(post -> post.id);

    private Evidence() {}

    /** A judged post with a negative score takes its place among the most negative. */
    static EvidencePost[] offerNegative(EvidencePost[] board, ScoredPost scored, int limit) {
        boolean candidate = scored.sentimentSupported() && scored.score < 0
                && (board.length < limit || scored.score <= board[board.length - 1].score);
        return candidate ? offer(board, EvidencePost.of(scored), MOST_NEGATIVE, limit) : board;
    }

    /** A post someone liked, answered or shared takes its place among the most engaged. */
    static EvidencePost[] offerEngaged(EvidencePost[] board, ScoredPost scored, int limit) {
        long engagement = EvidencePost.engagement(scored.post);
        boolean candidate = engagement > 0 && (board.length < limit || engagement >= board[board.length - 1].engagement);
        return candidate ? offer(board, EvidencePost.of(scored), MOST_ENGAGED, limit) : board;
    }

    /** {@code board} and {@code others} together, best first, at most {@code limit}. */
    static EvidencePost[] merge(EvidencePost[] board, EvidencePost[] others, Comparator<EvidencePost> order, int limit) {
        EvidencePost[] merged = board;
        for (EvidencePost other : others) {
            merged = offer(merged, other, order, limit);
        }
        return merged;
    }

    private static EvidencePost[] offer(EvidencePost[] board, EvidencePost candidate, Comparator<EvidencePost> order,
            int limit) {
        int at = 0;
        while (at < board.length && order.compare(board[at], candidate) <= 0) {
            if (board[at].id.equals(candidate.id)) {
                return board;
            }
            at++;
        }
        if (at >= limit) {
            return board;
        }
        EvidencePost[] updated = Arrays.copyOf(board, Math.min(limit, board.length + 1));
        System.arraycopy(board, at, updated, at + 1, updated.length - at - 1);
        updated[at] = candidate;
        return updated;
    }
}
