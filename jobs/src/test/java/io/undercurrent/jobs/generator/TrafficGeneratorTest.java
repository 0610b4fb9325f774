package io.undercurrent.jobs.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.Post;
import io.undercurrent.nlp.SentimentLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrafficGeneratorTest {

    private static final long START = Instant.parse("2026-03-11T15:00:00Z").toEpochMilli();
    private static final long SPAN = 15 * 60_000L;
    private static final GeneratorConfig CONFIG = GeneratorConfig.demo().withStart(START);

    /** Common English sentiment words (AFINN-style), independent of the generator's phrase book. */
    private static final Set<String> POSITIVE_WORDS = Set.of("love", "loving", "loved", "great", "amazing",
            "awesome", "fantastic", "excellent", "brilliant", "beautiful", "happy", "glad", "thanks", "thank",
            "impressed", "impressive", "best", "good", "nice", "perfect", "wonderful", "enjoy", "enjoyed", "fun",
            "cool", "like", "liked", "help", "helpful", "helped", "support", "useful", "congrats", "appreciate",
            "superb", "delighted", "pleased", "win", "yes", "sure", "please", "agree", "agreed", "free", "fine",
            "super", "wow", "lol", "haha", "improved", "easy", "recommend", "favorite", "excited", "kind", "sweet",
            "proud", "hope", "save", "saved", "safe", "secure", "smart", "fan", "share", "care", "honest",
            "honestly", "curious", "interesting", "solid");
    private static final Set<String> NEGATIVE_WORDS = Set.of("terrible", "awful", "horrible", "worst", "bad",
            "hate", "hated", "disappointed", "disappointing", "annoyed", "annoying", "frustrating", "frustrated",
            "angry", "furious", "ridiculous", "useless", "mess", "broken", "crash", "crashed", "fail", "failed",
            "failing", "failure", "sad", "sadly", "letdown", "sick", "ruined", "disaster", "problem", "problems",
            "error", "errors", "lost", "lose", "crazy", "worse", "poor", "pathetic", "scam", "upset", "hurt", "pain",
            "painful", "painfully", "unacceptable", "shame", "stupid", "waste", "wasted", "trouble", "worried",
            "sucks", "garbage", "trash", "charged", "fire", "war", "withdrawal", "down", "declined");
    /** Negations only belong in negative texts: "not happy" would read positive to a plain lexicon. */
    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "nobody", "nothing", "nope", "cant",
            "dont", "doesnt", "isnt", "wont", "didnt");

    private static List<GeneratedPost> posts;

    @BeforeAll
    static void generate() {
        posts = new TrafficGenerator(CONFIG, 42).advanceTo(START + SPAN);
    }

    @Test
    void catalogueDescribesTheDemoWorld() {
        List<MicroCommunity> demo = Catalogue.demo().microCommunities();
        assertThat(demo).isEqualTo(CONFIG.catalogue().microCommunities()).hasSize(21);
        assertThat(demo.stream().map(MicroCommunity::platform).distinct())
                .containsExactlyInAnyOrder("discord", "reddit", "mastodon", "discourse");
        assertThat(demo).allSatisfy(micro -> assertThat(micro.staffHandles()).isNotEmpty());
        MicroCommunity crisisTarget = Catalogue.demo().find("reddit", "novapay", "novapay").orElseThrow();
        assertThat(crisisTarget.displayName()).isEqualTo("r/NovaPay");
        assertThat(Catalogue.demo().isStaff("reddit", "novapay", crisisTarget.staffHandles().get(0))).isTrue();
        assertThat(Catalogue.demo().isStaff("discord", "emberfall", crisisTarget.staffHandles().get(0))).isFalse();
    }

    @Test
    void sameSeedGivesSameTrafficHoweverTheSpanIsSliced() {
        TrafficGenerator sliced = new TrafficGenerator(CONFIG, 42);
        List<GeneratedPost> again = new ArrayList<>();
        for (long t = START; t < START + SPAN; t += 7_300) {
            again.addAll(sliced.advanceTo(t));
        }
        again.addAll(sliced.advanceTo(START + SPAN));

        assertThat(posts).hasSizeGreaterThan(10_000);
        assertThat(again).isEqualTo(posts);
        // Post.equals compares every field, texts and engagement included.
        assertThat(again.get(again.size() - 1).post().text).isEqualTo(posts.get(posts.size() - 1).post().text);

        List<GeneratedPost> otherSeed = new TrafficGenerator(CONFIG, 43).advanceTo(START + SPAN);
        assertThat(otherSeed.subList(0, 100)).isNotEqualTo(posts.subList(0, 100));
    }

    @Test
    void postsAreInTimeOrderWithUniqueCanonicalIdsFromTheCatalogue() {
        Catalogue catalogue = CONFIG.catalogue();
        Set<String> ids = new HashSet<>();
        long previous = START;
        for (GeneratedPost generated : posts) {
            Post post = generated.post();
            assertThat(ids.add(post.id)).as("unique id %s", post.id).isTrue();
            assertThat(post.id).startsWith(post.platform + ":");
            assertThat(post.createdAt).isBetween(previous, START + SPAN - 1);
            previous = post.createdAt;
            assertThat(catalogue.find(post.platform, post.community, post.microCommunity)).isPresent();
            assertThat(post.text).isNotBlank();
            assertThat(post.url).startsWith("https://");
            assertThat(post.likes).isNotNegative();
            assertThat(post.replies).isNotNegative();
            assertThat(post.shares).isNotNegative();
            assertThat(generated.intendedSentiment()).isNotEqualTo(SentimentLabel.UNSUPPORTED);
        }
        assertThat(posts.stream().map(p -> p.post().microCommunity).distinct()).hasSize(21);
        assertThat(posts.stream().map(p -> p.post().community).distinct()).hasSize(4);
    }

    @Test
    void repliesPointAtEarlierPostsOfTheSameMicroCommunityAndConversationsGoBackAndForth() {
        Map<String, Post> seen = new HashMap<>();
        int replies = 0;
        int backAndForth = 0;
        for (GeneratedPost generated : posts) {
            Post post = generated.post();
            if (post.parentId == null) {
                assertThat(post.threadId).isEqualTo(post.id);
            } else {
                replies++;
                Post parent = seen.get(post.parentId);
                assertThat(parent).as("parent of %s generated before it", post.id).isNotNull();
                assertThat(parent.createdAt).isLessThanOrEqualTo(post.createdAt);
                assertThat(List.of(parent.platform, parent.community, parent.microCommunity))
                        .isEqualTo(List.of(post.platform, post.community, post.microCommunity));
                assertThat(post.threadId).isEqualTo(parent.threadId);
                Post grandparent = parent.parentId == null ? null : seen.get(parent.parentId);
                if (grandparent != null && grandparent.author.equals(post.author)
                        && !parent.author.equals(post.author)) {
                    backAndForth++;
                }
            }
            seen.put(post.id, post);
        }
        assertThat((double) replies / posts.size()).isBetween(0.3, 0.7);
        assertThat((double) backAndForth / replies).isGreaterThan(0.05);
    }

    @Test
    void staffAnswerComplaintsAfterADelayAndOnlyThen() {
        Catalogue catalogue = CONFIG.catalogue();
        Map<String, GeneratedPost> byId = posts.stream()
                .collect(Collectors.toMap(p -> p.post().id, Function.identity()));
        int staffReplies = 0;
        for (GeneratedPost generated : posts) {
            Post post = generated.post();
            if (!catalogue.isStaff(post.platform, post.community, post.author)) {
                continue;
            }
            if (post.parentId == null) {
                // Only the crisis announcements start threads.
                assertThat(post.microCommunity).isEqualTo(CONFIG.crisis().microCommunity());
                continue;
            }
            staffReplies++;
            GeneratedPost complaint = byId.get(post.parentId);
            assertThat(complaint.intendedSentiment()).isEqualTo(SentimentLabel.NEGATIVE);
            assertThat(catalogue.isStaff(post.platform, post.community, complaint.post().author)).isFalse();
            assertThat(post.createdAt - complaint.post().createdAt).isGreaterThanOrEqualTo(60_000);
            assertThat(post.text).startsWith("@" + complaint.post().author + " ");
        }
        assertThat(staffReplies).isGreaterThan(20);
    }

    @Test
    void englishTextsReadAsIntendedToASentimentLexicon() {
        int checked = 0;
        for (GeneratedPost generated : posts) {
            if (!generated.language().equals("en")) {
                continue;
            }
            List<String> words = words(generated.post().text);
            long positive = words.stream().filter(POSITIVE_WORDS::contains).count();
            long negative = words.stream().filter(NEGATIVE_WORDS::contains).count();
            switch (generated.intendedSentiment()) {
                case POSITIVE -> assertThat(positive > 0 && negative == 0)
                        .as("positive text %s", generated.post().text).isTrue();
                case NEGATIVE -> assertThat(negative > 0 && positive == 0)
                        .as("negative text %s", generated.post().text).isTrue();
                default -> assertThat(positive == 0 && negative == 0)
                        .as("neutral text %s", generated.post().text).isTrue();
            }
            if (generated.intendedSentiment() != SentimentLabel.NEGATIVE) {
                assertThat(words).as("negation in %s", generated.post().text).doesNotContainAnyElementsOf(NEGATIONS);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(posts.size() * 9 / 10);
    }

    @Test
    void aFewPostsAreInOtherLanguagesAndMastodonReportsLanguages() {
        long nonEnglish = posts.stream().filter(p -> !p.language().equals("en")).count();
        assertThat((double) nonEnglish / posts.size()).isBetween(0.015, 0.05);
        assertThat(posts.stream().map(GeneratedPost::language).distinct()).containsExactlyInAnyOrder(
                "en", "es", "de", "fr");
        for (GeneratedPost generated : posts) {
            String expected = generated.post().platform.equals("mastodon") ? generated.language() : null;
            assertThat(generated.post().language).isEqualTo(expected);
        }
    }

    @Test
    void engagementIsHeavyTailedAndFollowsThePlatform() {
        long[] likes = posts.stream().mapToLong(p -> p.post().likes).sorted().toArray();
        long median = likes[likes.length / 2];
        assertThat(likes[likes.length - 1]).isGreaterThan(30 * (median + 1));
        assertThat(posts.stream()
                .filter(p -> p.post().platform.equals("discord") || p.post().platform.equals("discourse"))
                .mapToLong(p -> p.post().shares).sum()).isZero();
        assertThat(posts.stream().filter(p -> p.post().platform.equals("mastodon"))
                .mapToLong(p -> p.post().shares).sum()).isPositive();
    }

    @Test
    void authorsRecurButNewcomersKeepArriving() {
        Map<String, Long> postsByAuthor = posts.stream()
                .collect(Collectors.groupingBy(p -> p.post().community + "/" + p.post().author,
                        Collectors.counting()));
        long oneTimers = postsByAuthor.values().stream().filter(n -> n == 1).count();
        long busiest = postsByAuthor.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat((double) oneTimers / posts.size()).isBetween(0.03, 0.3);
        assertThat(busiest).isGreaterThan(50);
    }

    private static List<String> words(String text) {
        // Mentions and hashtags are names, not words of the sentence.
        String sentence = text.replaceAll("[@#]\\S+", " ").toLowerCase(Locale.ROOT);
        return Arrays.stream(sentence.split("[^a-z']+")).map(w -> w.replace("'", ""))
                .filter(w -> !w.isEmpty()).toList();
    }
}
