package io.undercurrent.jobs.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.undercurrent.jobs.config.CommunityRegistry;
import io.undercurrent.jobs.config.MicroMapSettings;
import io.undercurrent.jobs.records.EvidencePost;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.TopicCell;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The micro-map of each micro-community and window, metric by metric, in event time. */
class MicroMapWindowsTest {

    static final long MINUTE = 60_000L;
    static final long T0 = 1_763_683_200_000L; // 2025-11-21T00:00:00Z, a window boundary
    static final MicroMapSettings SETTINGS = new MicroMapSettings(
            List.of(Duration.ofMinutes(1), Duration.ofHours(1)), Duration.ofMinutes(5), 3, 8, 2,
            Duration.ofDays(90), Duration.ofDays(1), Duration.ofDays(2));
    private static final CommunityRegistry NO_COMMUNITIES = CommunityRegistry.parse("", "test");

    private StageHarness stage;

    @BeforeEach
    void setUp() throws Exception {
        stage = new StageHarness(SETTINGS, NO_COMMUNITIES);
    }

    @AfterEach
    void tearDown() throws Exception {
        stage.close();
    }

    @Test
    void countsAndMeanSentimentPerMicroCommunityAndWindow() throws Exception {
        stage.send(pc().score(-0.8).at(T0 + 1_000));
        stage.send(pc().score(0.6).at(T0 + 20_000));
        stage.send(pc().score(0.1).at(T0 + 59_999));
        stage.send(TestPosts.in("reddit", "gaming", "r/consoles").score(0.9).at(T0 + 30_000));
        stage.send(pc().score(-0.5).at(T0 + MINUTE)); // next window

        stage.watermark(T0 + MINUTE - 1);

        List<MicroMap> maps = stage.maps();
        assertThat(maps).hasSize(2);
        MicroMap map = stage.latest("r/pcgaming", T0);
        assertThat(map.windowEnd).isEqualTo(T0 + MINUTE);
        assertThat(map.resolution).isEqualTo("1m");
        assertThat(map.scope()).isEqualTo(MicroMap.Scope.MICRO_COMMUNITY);
        assertThat(map.platform).isEqualTo("reddit");
        assertThat(map.community).isEqualTo("gaming");
        assertThat(map.postCount).isEqualTo(3);
        assertThat(map.scoredCount).isEqualTo(3);
        assertThat(new long[] {map.negativeCount, map.neutralCount, map.positiveCount}).containsExactly(1, 1, 1);
        assertThat(map.meanSentiment()).isCloseTo((-0.8 + 0.6 + 0.1) / 3, within(1e-12));
        assertThat(stage.latest("r/consoles", T0).postCount).isEqualTo(1);
    }

    @Test
    void unsupportedLanguageCountsAsVolumeButNotSentiment() throws Exception {
        stage.send(TestPosts.in("mastodon", "fosstodon.org", "#linux").unsupportedLanguage().topics("kernel")
                .at(T0 + 5_000));
        stage.send(TestPosts.in("mastodon", "fosstodon.org", "#linux").score(-0.6).topics("kernel").at(T0 + 6_000));
        stage.watermark(T0 + MINUTE);

        MicroMap map = stage.latest("#linux", T0);
        assertThat(map.postCount).isEqualTo(2);
        assertThat(map.scoredCount).isEqualTo(1);
        assertThat(map.meanSentiment()).isEqualTo(-0.6);
        assertThat(map.negativeShare()).isEqualTo(1.0);
        assertThat(map.sentimentBuckets).containsExactly(0, 1, 0, 0, 0);
        assertThat(map.topics).singleElement().satisfies(cell -> {
            assertThat(cell.count).as("mentions").isEqualTo(2);
            assertThat(cell.scoredCount).isEqualTo(1);
            assertThat(cell.meanSentiment()).as("of the judged post only").isEqualTo(-0.6);
        });
    }

    @Test
    void uniqueAuthorsCountEachAuthorOnce() throws Exception {
        for (String author : List.of("ann", "bob", "ann", "cy", "bob", "ann")) {
            stage.send(pc().by(author).at(T0 + 1_000));
        }
        stage.watermark(T0 + MINUTE);

        MicroMap map = stage.latest("r/pcgaming", T0);
        assertThat(map.postCount).isEqualTo(6);
        assertThat(map.uniqueAuthors).isEqualTo(3);
        assertThat(map.authorSketch.estimate()).isEqualTo(3);
    }

    @Test
    void sentimentSpreadGivesTheMeansConfidenceIntervalAndBuckets() throws Exception {
        double[] scores = {-0.9, -0.4, 0.0, 0.2, 0.5, 0.7, 0.7};
        for (double score : scores) {
            stage.send(pc().score(score).at(T0 + 1_000));
        }
        stage.watermark(T0 + MINUTE);

        MicroMap map = stage.latest("r/pcgaming", T0);
        double mean = Arrays.stream(scores).average().orElseThrow();
        double sampleVariance = Arrays.stream(scores).map(s -> (s - mean) * (s - mean)).sum() / (scores.length - 1);
        assertThat(map.sentimentSumOfSquares).isCloseTo(Arrays.stream(scores).map(s -> s * s).sum(), within(1e-12));
        assertThat(map.sentimentMarginOfError())
                .isCloseTo(1.96 * Math.sqrt(sampleVariance / scores.length), within(1e-12));
        // cut points: < -0.6 | < -0.2 | <= 0.2 | <= 0.6 | above
        assertThat(map.sentimentBuckets).containsExactly(1, 1, 2, 1, 2);
    }

    @Test
    void engagementSumsLikesRepliesAndShares() throws Exception {
        stage.send(pc().engagement(10, 2, 1).at(T0 + 1_000));
        stage.send(pc().engagement(4, 0, 0).at(T0 + 2_000));
        stage.send(pc().engagement(-3, 1, 0).at(T0 + 3_000)); // net downvotes
        stage.watermark(T0 + MINUTE);

        MicroMap map = stage.latest("r/pcgaming", T0);
        assertThat(new long[] {map.likes, map.replies, map.shares}).containsExactly(11, 3, 1);
        assertThat(map.engagement()).isEqualTo(15);
    }

    @Test
    void topicCellsAreTheMostFrequentTopicsWithTheirMeanSentiment() throws Exception {
        stage.send(pc().score(-0.8).topics("refund", "app").at(T0 + 1_000));
        stage.send(pc().score(-0.4).topics("refund", "login").at(T0 + 2_000));
        stage.send(pc().score(0.6).topics("app", "card").at(T0 + 3_000));
        stage.send(pc().score(-0.2).topics("refund", "card", "app").at(T0 + 4_000));
        stage.send(pc().score(0.0).topics("zebra").at(T0 + 5_000));
        stage.watermark(T0 + MINUTE);

        TopicCell[] cells = stage.latest("r/pcgaming", T0).topics;
        assertThat(cells).extracting(cell -> cell.topic).containsExactly("app", "refund", "card"); // K = 3, ties by name
        assertThat(cells).extracting(cell -> cell.count).containsExactly(3L, 3L, 2L);
        assertThat(cells[0].meanSentiment()).isCloseTo((-0.8 + 0.6 - 0.2) / 3, within(1e-12));
        assertThat(cells[1].meanSentiment()).isCloseTo((-0.8 - 0.4 - 0.2) / 3, within(1e-12));
        assertThat(cells[2].meanSentiment()).isCloseTo((0.6 - 0.2) / 2, within(1e-12));
    }

    @Test
    void frequentTopicsSurviveWhenRareOnesOverflowTheTally() throws Exception {
        for (int i = 0; i < 40; i++) {
            stage.send(pc().score(-0.5).topics("outage", "one-off-" + i).at(T0 + 1_000 + i));
        }
        stage.watermark(T0 + MINUTE);

        TopicCell top = stage.latest("r/pcgaming", T0).topics[0];
        assertThat(top.topic).isEqualTo("outage");
        assertThat(top.count).isEqualTo(40);
    }

    @Test
    void evidenceIsTheMostNegativeAndTheMostEngagedPosts() throws Exception {
        stage.send(pc().id("a").score(-0.3).engagement(50, 0, 0).at(T0 + 1_000));
        stage.send(pc().id("b").score(-0.9).engagement(1, 0, 0).at(T0 + 2_000));
        stage.send(pc().id("c").score(0.4).engagement(70, 5, 5).at(T0 + 3_000));
        stage.send(pc().id("d").score(-0.6).engagement(0, 0, 0).text("x".repeat(400)).at(T0 + 4_000));
        stage.send(pc().id("e").unsupportedLanguage().engagement(2, 0, 0).at(T0 + 5_000));
        stage.watermark(T0 + MINUTE);

        MicroMap map = stage.latest("r/pcgaming", T0);
        assertThat(map.mostNegative).extracting(e -> e.id).containsExactly("b", "d"); // limit 2
        assertThat(map.mostNegative[1].text).hasSize(EvidencePost.MAX_TEXT_CHARS);
        assertThat(map.mostEngaged).extracting(e -> e.id).containsExactly("c", "a");
        assertThat(map.mostEngaged[0].engagement).isEqualTo(80);
    }

    @Test
    void latePostWithinAllowedLatenessRewritesTheSameDocument() throws Exception {
        stage.send(support().by("ann").score(0.5).topics("docs").at(T0 + 10_000));
        stage.watermark(T0 + 2 * MINUTE);
        stage.send(support().by("bob").score(-0.9).topics("outage").at(T0 + 50_000)); // late, within 5 min

        List<MicroMap> maps = stage.maps();
        assertThat(maps).hasSize(2);
        assertThat(maps.get(0).postCount).isEqualTo(1);
        MicroMap updated = maps.get(1);
        assertThat(updated.documentId()).isEqualTo(maps.get(0).documentId());
        assertThat(updated.postCount).isEqualTo(2);
        assertThat(updated.uniqueAuthors).isEqualTo(2);
        assertThat(updated.topics).extracting(cell -> cell.topic).containsExactly("docs", "outage");
        assertThat(updated.mostNegative).extracting(e -> e.author).containsExactly("bob");
        assertThat(maps.get(0).uniqueAuthors).as("the first emission is not changed by the update").isEqualTo(1);
    }

    @Test
    void postLaterThanAllowedLatenessIsDroppedFromTheMap() throws Exception {
        stage.send(support().score(0.5).at(T0 + 10_000));
        stage.watermark(T0 + 7 * MINUTE);
        stage.send(support().score(-0.9).at(T0 + 20_000));

        assertThat(stage.maps()).hasSize(1);
        assertThat(stage.maps().get(0).postCount).isEqualTo(1);
    }

    @Test
    void theHourResolutionCoversItsMinutes() throws Exception {
        try (StageHarness hours = new StageHarness(SETTINGS, NO_COMMUNITIES, Duration.ofHours(1))) {
            for (int minute = 0; minute < 60; minute += 10) {
                hours.send(pc().by("author-" + (minute % 20)).score(-0.5).at(T0 + minute * MINUTE));
            }
            hours.watermark(T0 + 60 * MINUTE - 1);

            MicroMap map = hours.latest("r/pcgaming", T0);
            assertThat(map.resolution).isEqualTo("1h");
            assertThat(map.windowEnd - map.windowStart).isEqualTo(60 * MINUTE);
            assertThat(map.postCount).isEqualTo(6);
            assertThat(map.uniqueAuthors).isEqualTo(2);
            assertThat(map.documentId()).startsWith("1h:reddit:gaming:r/pcgaming:");
        }
    }

    @Test
    void resolutionLabelsNameTheWindowLength() {
        assertThat(MicroMapWindowFunction.resolutionLabel(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(MicroMapWindowFunction.resolutionLabel(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(MicroMapWindowFunction.resolutionLabel(Duration.ofHours(1))).isEqualTo("1h");
        assertThat(MicroMapWindowFunction.resolutionLabel(Duration.ofDays(1))).isEqualTo("1d");
    }

    private static TestPosts pc() {
        return TestPosts.in("reddit", "gaming", "r/pcgaming");
    }

    private static TestPosts support() {
        return TestPosts.in("discord", "guild-1", "support");
    }
}
