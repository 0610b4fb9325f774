package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.EvidencePost;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps an incident's evidence: the most negative and the most engaged posts over its firing windows, a few of
 * each, without duplicates. Each window offers its own top posts; the incident keeps the best of all of them.
 */
final class IncidentEvidence {
    private static final Comparator<EvidencePost> MOST_NEGATIVE_FIRST = Comparator.comparingDouble(p -> p.score);
    private static final Comparator<EvidencePost> MOST_ENGAGED_FIRST =
            Comparator.comparingLong((EvidencePost p) -> p.engagement).reversed();

    private IncidentEvidence() {}

    static void keepMostNegative(List<EvidencePost> kept, EvidencePost[] offered, int limit) {
        keep(kept, offered, limit, MOST_NEGATIVE_FIRST);
    }

    static void keepMostEngaged(List<EvidencePost> kept, EvidencePost[] offered, int limit) {
        keep(kept, offered, limit, MOST_ENGAGED_FIRST);
    }

    private static void keep(List<EvidencePost> kept, EvidencePost[] offered, int limit,
            Comparator<EvidencePost> order) {
        for (EvidencePost post : offered) {
            if (post != null && post.id != null && kept.stream().noneMatch(k -> post.id.equals(k.id))) {
                kept.add(post);
            }
        }
        kept.sort(order);
        while (kept.size() > limit) {
            kept.remove(kept.size() - 1);
        }
    }
}
