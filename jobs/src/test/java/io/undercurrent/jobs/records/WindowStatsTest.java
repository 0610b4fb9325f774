package io.undercurrent.jobs.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the detectors get of a micro-map. */
class WindowStatsTest {

    @Test
    void carriesEngagementStaffFiguresTopicsAndEvidence() {
        MicroMap map = MicroMap.empty();
        map.platform = "reddit";
        map.community = "novapay";
        map.microCommunity = "novapayhelp";
        map.postCount = 9;
        map.likes = 20;
        map.replies = 4;
        map.shares = 1;
        map.topics = new TopicCell[] {cell("refund", 5), cell("app", 2)};
        map.mostNegative = new EvidencePost[] {evidence("a"), evidence("b")};
        map.mostEngaged = new EvidencePost[] {evidence("c"), evidence("a")};
        map.health = new HealthStats();
        map.health.staffKnown = true;
        map.health.awaitingStaff = 3;
        map.health.staffResponses.add(90_000);

        WindowStats stats = WindowStats.fromMicroMap(map);

        assertThat(stats.key()).isEqualTo("reddit/novapay/novapayhelp");
        assertThat(stats.engagement).isEqualTo(25);
        assertThat(stats.terms).containsExactly("refund", "app");
        assertThat(stats.termCounts).containsExactly(5, 2);
        assertThat(stats.unlistedTermCeiling).as("an unlisted term was used at most as often as the least listed")
                .isEqualTo(2);
        assertThat(stats.mostNegative).extracting(post -> post.id).containsExactly("a", "b");
        assertThat(stats.mostEngaged).extracting(post -> post.id).containsExactly("c", "a");
        assertThat(stats.staffResponseSeconds).isEqualTo(90.0);
        assertThat(stats.unansweredCount).isEqualTo(3);
    }

    @Test
    void staffFiguresStayUnknownWithoutRegisteredStaff() {
        MicroMap map = MicroMap.empty();
        map.health = new HealthStats();

        WindowStats stats = WindowStats.fromMicroMap(map);

        assertThat(stats.staffResponseSeconds).isNull();
        assertThat(stats.unansweredCount).isNull();
        assertThat(stats.terms).isEmpty();
    }

    private static TopicCell cell(String topic, long count) {
        TopicCell cell = new TopicCell(topic);
        cell.count = count;
        return cell;
    }

    private static EvidencePost evidence(String id) {
        EvidencePost post = new EvidencePost();
        post.id = id;
        return post;
    }
}
