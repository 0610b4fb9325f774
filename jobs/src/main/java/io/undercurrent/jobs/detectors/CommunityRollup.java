package io.undercurrent.jobs.detectors;

import io.undercurrent.jobs.records.EvidencePost;
import io.undercurrent.jobs.records.WindowStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums the windows of a community's micro-communities into the community's window ({@code microCommunity} null),
 * which the same detectors judge for community incidents. Counts and sums add up; term counts add up per term;
 * evidence keeps the most negative and most engaged posts of all of them. Distinct authors add up too, an upper
 * bound (one member posting in two channels counts twice). Staff latency and unanswered posts stay unknown.
 */
public final class CommunityRollup {
    private static final int EVIDENCE_POSTS = 10;

    private CommunityRollup() {}

    /** An empty community window for the window of {@code child}. */
    public static WindowStats start(WindowStats child) {
        return WindowStats.empty(child.platform, child.community, null, child.windowStart, child.windowEnd);
    }

    public static void add(WindowStats community, WindowStats child) {
        community.postCount += child.postCount;
        community.uniqueAuthors += child.uniqueAuthors;
        community.scoredCount += child.scoredCount;
        community.negativeCount += child.negativeCount;
        community.sentimentSum += child.sentimentSum;
        community.engagement += child.engagement;
        addTerms(community, child);
        List<EvidencePost> negative = new ArrayList<>(Arrays.asList(community.mostNegative));
        IncidentEvidence.keepMostNegative(negative, child.mostNegative, EVIDENCE_POSTS);
        community.mostNegative = negative.toArray(new EvidencePost[0]);
        List<EvidencePost> engaged = new ArrayList<>(Arrays.asList(community.mostEngaged));
        IncidentEvidence.keepMostEngaged(engaged, child.mostEngaged, EVIDENCE_POSTS);
        community.mostEngaged = engaged.toArray(new EvidencePost[0]);
    }

    private static void addTerms(WindowStats community, WindowStats child) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(community.terms.length, community.termCounts.length); i++) {
            counts.merge(community.terms[i], community.termCounts[i], Integer::sum);
        }
        for (int i = 0; i < Math.min(child.terms.length, child.termCounts.length); i++) {
            if (child.terms[i] != null) {
                counts.merge(child.terms[i], child.termCounts[i], Integer::sum);
            }
        }
        community.unlistedTermCeiling += child.unlistedTermCeiling;
        community.terms = counts.keySet().toArray(new String[0]);
        community.termCounts = counts.values().stream().mapToInt(Integer::intValue).toArray();
    }
}
