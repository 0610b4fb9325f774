package io.undercurrent.jobs.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.undercurrent.jobs.records.Post;
import io.undercurrent.nlp.SentimentLabel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrafficGeneratorCrisisTest {

    private static final long START = Instant.parse("2026-03-11T15:00:00Z").toEpochMilli();
    private static final GeneratorConfig CONFIG = GeneratorConfig.demo().withStart(START);
    private static final CrisisScript CRISIS = CONFIG.crisis();
    private static final long CRISIS_START = START + CRISIS.startOffset().toMillis();
    private static final long CRISIS_END = CRISIS_START + CRISIS.duration().toMillis();
    /** The minutes of full intensity, after the ramp up and before the ramp down. */
    private static final long PEAK_START = CRISIS_START + CRISIS.duration().toMillis() / 5;
    private static final long PEAK_END = CRISIS_END - CRISIS.duration().toMillis() / 4;

    private static List<GeneratedPost> posts;

    @BeforeAll
    static void generate() {
        posts = new TrafficGenerator(CONFIG, 7).advanceTo(CRISIS_END + CRISIS.recovery().toMillis() + 60_000);
    }

    @Test
    void crisisMicroCommunitySurgesAndTurnsNegative() {
        double before = perMinute(inTarget(), START, CRISIS_START);
        double peak = perMinute(inTarget(), PEAK_START, PEAK_END);
        assertThat(peak).isGreaterThan(4 * before);

        assertThat(negativeShare(inTarget(), START, CRISIS_START)).isLessThan(0.4);
        assertThat(negativeShare(inTarget(), PEAK_START, PEAK_END)).isGreaterThan(0.8);
    }

    @Test
    void crisisPostsTalkAboutTheIncident() {
        List<String> negativeAtPeak = between(inTarget(), PEAK_START, PEAK_END).stream()
                .filter(p -> p.intendedSentiment() == SentimentLabel.NEGATIVE)
                .map(p -> p.post().text.toLowerCase(Locale.ROOT))
                .toList();
        List<String> incidentTerms = List.of("charged", "outage", "refund", "down again", "failed", "declined");
        long aboutIncident = negativeAtPeak.stream()
                .filter(text -> incidentTerms.stream().anyMatch(text::contains))
                .count();
        assertThat((double) aboutIncident / negativeAtPeak.size()).isGreaterThan(0.6);
    }

    @Test
    void otherMicroCommunitiesCarryOnAsUsual() {
        Predicate<Post> elsewhere = inTarget().negate();
        assertThat(perMinute(elsewhere, PEAK_START, PEAK_END))
                .isBetween(0.8 * perMinute(elsewhere, START, CRISIS_START),
                        1.25 * perMinute(elsewhere, START, CRISIS_START));
        assertThat(negativeShare(elsewhere, PEAK_START, PEAK_END))
                .isCloseTo(negativeShare(elsewhere, START, CRISIS_START), within(0.05));
    }

    @Test
    void onlyPostsOfTheCrisisWindowInItsMicroCommunityAreMarked() {
        for (GeneratedPost generated : posts) {
            Post post = generated.post();
            boolean expected = inTarget().test(post) && post.createdAt >= CRISIS_START && post.createdAt < CRISIS_END;
            assertThat(generated.crisis()).as("crisis mark of %s", post).isEqualTo(expected);
        }
    }

    @Test
    void staffPostUpdatesAndAResolutionThenTheCommunityRecovers() {
        List<String> staffThreads = posts.stream()
                .filter(p -> p.post().parentId == null && CONFIG.catalogue()
                        .isStaff(p.post().platform, p.post().community, p.post().author))
                .map(p -> p.post().text)
                .toList();
        assertThat(staffThreads).containsExactly(CRISIS.staffUpdates().get(0), CRISIS.staffUpdates().get(1),
                CRISIS.resolution());

        long recoveryEnd = CRISIS_END + CRISIS.recovery().toMillis();
        assertThat(negativeShare(inTarget(), CRISIS_END, recoveryEnd)).isLessThan(0.5);
        long relief = between(inTarget(), CRISIS_END, recoveryEnd).stream()
                .filter(p -> CRISIS.relief().stream().anyMatch(r -> p.post().text.toLowerCase(Locale.ROOT)
                        .contains(r.toLowerCase(Locale.ROOT))))
                .count();
        assertThat(relief).isGreaterThan(20);
    }

    @Test
    void withoutACrisisNothingSurges() {
        List<GeneratedPost> calm = new TrafficGenerator(CONFIG.withCrisis(null), 7).advanceTo(CRISIS_END);
        assertThat(calm).noneMatch(GeneratedPost::crisis);
        double before = calm.stream().filter(p -> inTarget().test(p.post()) && p.post().createdAt < CRISIS_START)
                .count() * 60_000.0 / (CRISIS_START - START);
        double during = calm.stream().filter(p -> inTarget().test(p.post()) && p.post().createdAt >= PEAK_START
                && p.post().createdAt < PEAK_END).count() * 60_000.0 / (PEAK_END - PEAK_START);
        assertThat(during).isLessThan(1.5 * before);
    }

    @Test
    void crisisCanBeRescheduled() {
        CrisisScript early = CRISIS.withTiming(Duration.ofMinutes(1), Duration.ofMinutes(2));
        List<GeneratedPost> traffic = new TrafficGenerator(CONFIG.withCrisis(early), 7).advanceTo(START + 240_000);
        List<Long> marked = traffic.stream().filter(GeneratedPost::crisis).map(p -> p.post().createdAt).toList();
        assertThat(marked).isNotEmpty().allMatch(t -> t >= START + 60_000 && t < START + 180_000);
        assertThat(traffic.stream().filter(p -> inTarget().test(p.post()) && p.post().createdAt >= START + 60_000
                && p.post().createdAt < START + 180_000)).allMatch(GeneratedPost::crisis);
    }

    private static Predicate<Post> inTarget() {
        return post -> post.platform.equals(CRISIS.platform()) && post.community.equals(CRISIS.community())
                && post.microCommunity.equals(CRISIS.microCommunity());
    }

    private static List<GeneratedPost> between(Predicate<Post> where, long from, long to) {
        return posts.stream()
                .filter(p -> where.test(p.post()) && p.post().createdAt >= from && p.post().createdAt < to)
                .toList();
    }

    private static double perMinute(Predicate<Post> where, long from, long to) {
        return between(where, from, to).size() * 60_000.0 / (to - from);
    }

    private static double negativeShare(Predicate<Post> where, long from, long to) {
        List<GeneratedPost> window = between(where, from, to);
        return (double) window.stream().filter(p -> p.intendedSentiment() == SentimentLabel.NEGATIVE).count()
                / window.size();
    }
}
