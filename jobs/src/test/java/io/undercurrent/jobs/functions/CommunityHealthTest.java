package io.undercurrent.jobs.functions;

import static io.undercurrent.jobs.functions.MicroMapWindowsTest.MINUTE;
import static io.undercurrent.jobs.functions.MicroMapWindowsTest.SETTINGS;
import static io.undercurrent.jobs.functions.MicroMapWindowsTest.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.undercurrent.jobs.config.CommunityRegistry;
import io.undercurrent.jobs.records.HealthReport;
import io.undercurrent.jobs.records.HealthStats;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.ScoredPost;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Community health per micro-community and window, metric by metric, through the tracker and the windows. */
class CommunityHealthTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final CommunityRegistry REGISTRY = CommunityRegistry.parse("""
            discourse:
              forum.example:
                staff: [Mod_Ana]
            reddit:
              novapay:
                staff: [NovaPay_Team]
            """, "test");

    private StageHarness stage;

    @BeforeEach
    void setUp() throws Exception {
        stage = new StageHarness(SETTINGS, REGISTRY);
    }

    @AfterEach
    void tearDown() throws Exception {
        stage.close();
    }

    @Test
    void newMembersAreFirstSeenInTheWindowAndTheOthersReturn() throws Exception {
        stage.send(forum().by("ann").at(T0 + 1_000));
        stage.send(forum().by("ann").at(T0 + 2_000));
        stage.send(forum().by("bob").at(T0 + 3_000));
        stage.send(forum().by("ann").at(T0 + MINUTE + 1_000));
        stage.send(forum().by("cy").at(T0 + MINUTE + 2_000));
        stage.watermark(T0 + 2 * MINUTE);

        HealthReport first = report(stage.latest("help", T0));
        assertThat(first.activeMembers).isEqualTo(2);
        assertThat(first.newMembers).isEqualTo(2);
        assertThat(first.returningMembers).isZero();
        assertThat(first.contributionRate).isEqualTo(1.5);
        HealthReport second = report(stage.latest("help", T0 + MINUTE));
        assertThat(second.activeMembers).isEqualTo(2);
        assertThat(second.newMembers).as("cy").isEqualTo(1);
        assertThat(second.returningMembers).as("ann").isEqualTo(1);
    }

    @Test
    void membersAreNewPerMicroCommunity() throws Exception {
        stage.send(forum().by("ann").at(T0 + 1_000));
        stage.send(TestPosts.in("discourse", "forum.example", "general").by("ann").at(T0 + 2_000));
        stage.watermark(T0 + MINUTE);

        assertThat(stage.latest("help", T0).health.newMembers).isEqualTo(1);
        assertThat(stage.latest("general", T0).health.newMembers).isEqualTo(1);
    }

    @Test
    void aMemberSilentForLongerThanTheMemberMemoryIsNewAgain() throws Exception {
        long memory = SETTINGS.memberMemory().toMillis();
        long sweep = ConversationTracker.sweepInterval(SETTINGS.memberMemory()).toMillis();
        long back = T0 + 10 * DAY;
        long lastSeen = back + memory - MINUTE;
        long returns = lastSeen + memory + sweep + MINUTE;
        stage.send(forum().by("ann").at(T0 + 1_000));
        stage.send(forum().by("ann").at(back)); // remembered, and remembered afresh
        stage.watermark(lastSeen - 1);
        stage.send(forum().by("ann").at(lastSeen)); // just within the memory
        stage.watermark(returns);
        stage.send(forum().by("bob").at(returns + 1_000));
        stage.send(forum().by("ann").at(returns + 2_000)); // silent for longer than the memory
        stage.watermark(returns + 2 * MINUTE);

        assertThat(stage.latest("help", T0).health.newMembers).isEqualTo(1);
        assertThat(stage.latest("help", back).health.newMembers).isZero();
        assertThat(stage.latest("help", lastSeen).health.newMembers).isZero();
        assertThat(stage.latest("help", returns).health.newMembers).as("bob, and ann again").isEqualTo(2);
    }

    @Test
    void theTrackerForgetsEverythingOnceItsTimeToLiveHasPassed() throws Exception {
        ScoredPost question = forum().by("ann").at(T0 + 1_000).post();
        stage.send(question);
        stage.send(forum().by("mod_ana").replyTo(question).at(T0 + 2_000));
        assertThat(stage.tracker.numKeyedStateEntries()).isPositive();

        stage.watermark(T0 + MINUTE + SETTINGS.memberMemory().toMillis()
                + ConversationTracker.sweepInterval(SETTINGS.memberMemory()).toMillis());

        assertThat(stage.tracker.numKeyedStateEntries()).as("members, posts, waits and timers of the key").isZero();
    }

    @Test
    void conversationDepthFollowsReplyChainsAndCountsTurnsBetweenAuthors() throws Exception {
        ScoredPost question = forum().by("ann").at(T0 + 1_000).post();
        ScoredPost answer = forum().by("bob").replyTo(question).at(T0 + 2_000).post();
        ScoredPost followUp = forum().by("ann").replyTo(answer).at(T0 + 3_000).post();
        ScoredPost addendum = forum().by("ann").replyTo(followUp).at(T0 + 4_000).post(); // same author: no new turn
        ScoredPost again = forum().by("bob").replyTo(addendum).at(T0 + 5_000).post();
        ScoredPost otherThread = forum().by("cy").at(T0 + 6_000).post();
        ScoredPost otherReply = forum().by("dee").replyTo(otherThread).at(T0 + 7_000).post();
        for (ScoredPost post : new ScoredPost[] {question, answer, followUp, addendum, again, otherThread, otherReply}) {
            stage.send(post);
        }
        stage.watermark(T0 + MINUTE);

        HealthReport report = report(stage.latest("help", T0));
        assertThat(report.replyPosts).isEqualTo(5);
        assertThat(report.threads).isEqualTo(2);
        assertThat(report.repliesPerThread).isEqualTo(2.5);
        assertThat(report.conversationDepthMean).isCloseTo((0 + 1 + 2 + 3 + 4 + 0 + 1) / 7.0, within(1e-12));
        assertThat(report.conversationDepthMax).isEqualTo(4);
        assertThat(report.longestExchange).as("ann, bob, ann, bob").isEqualTo(4);
    }

    @Test
    void repliesWithoutAThreadIdJoinTheirParentsThread() throws Exception {
        ScoredPost root = TestPosts.in("discord", "guild", "general").by("ann").at(T0 + 1_000).post();
        stage.send(root);
        ScoredPost reply = TestPosts.in("discord", "guild", "general").by("bob").replyWithoutThreadTo(root)
                .at(T0 + 2_000).post();
        stage.send(reply);
        stage.send(TestPosts.in("discord", "guild", "general").by("ann").replyWithoutThreadTo(reply).at(T0 + 3_000));
        stage.watermark(T0 + MINUTE);

        HealthReport report = report(stage.latest("general", T0));
        assertThat(report.threads).isEqualTo(1);
        assertThat(report.conversationDepthMax).isEqualTo(2);
        assertThat(report.longestExchange).isEqualTo(3);
    }

    @Test
    void aReplyToAnUnknownPostCountsAsOneDeepAndTwoTurns() throws Exception {
        ScoredPost forgotten = forum().by("ann").at(T0 - DAY).post(); // never seen by the tracker
        stage.send(forum().by("bob").replyTo(forgotten).at(T0 + 1_000));
        stage.watermark(T0 + MINUTE);

        HealthReport report = report(stage.latest("help", T0));
        assertThat(report.conversationDepthMax).isEqualTo(1);
        assertThat(report.longestExchange).isEqualTo(2);
    }

    @Test
    void staffResponseLatencyRunsFromAMembersPostToTheFirstStaffReplyInItsThread() throws Exception {
        ScoredPost question = forum().by("ann").at(T0 + 1_000).post();
        ScoredPost nudge = forum().by("bob").replyTo(question).at(T0 + 20_000).post(); // thread already waits
        ScoredPost otherQuestion = forum().by("cy").at(T0 + 30_000).post();
        stage.send(question);
        stage.send(nudge);
        stage.send(otherQuestion);
        stage.send(forum().by("mod_ana").replyTo(nudge).at(T0 + MINUTE + 31_000)); // staff, case-insensitive
        stage.send(forum().by("mod_ana").replyTo(question).at(T0 + MINUTE + 40_000)); // thread no longer waits
        stage.send(forum().by("ann").at(T0 + MINUTE + 50_000));
        stage.send(forum().by("mod_ana").replyTo(otherQuestion).at(T0 + 2 * MINUTE + 30_000));
        stage.watermark(T0 + 3 * MINUTE);

        HealthReport first = report(stage.latest("help", T0));
        assertThat(first.staffReplies).isZero();
        assertThat(first.staffResponseLatencyP50Seconds).isNull();
        assertThat(first.unansweredThreads).as("ann's and cy's questions").isEqualTo(2);
        HealthReport second = report(stage.latest("help", T0 + MINUTE));
        assertThat(second.staffPosts).isEqualTo(2);
        assertThat(second.staffReplies).as("the second staff post answers nobody").isEqualTo(1);
        assertThat(second.staffResponseLatencyP50Seconds).isEqualTo(90.0);
        assertThat(second.unansweredThreads).as("cy's question and ann's new one").isEqualTo(2);
        HealthReport third = report(stage.latest("help", T0 + 2 * MINUTE));
        assertThat(third.staffResponseLatencyP50Seconds).isEqualTo(120.0);
        assertThat(third.unansweredThreads).isEqualTo(1);
    }

    @Test
    void staffLatencyQuantilesAreNearestRank() throws Exception {
        long[] waits = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        for (int i = 0; i < waits.length; i++) {
            ScoredPost question = forum().by("member-" + i).at(T0 + 1_000).post();
            stage.send(question);
            stage.send(forum().by("Mod_Ana").replyTo(question).at(T0 + 1_000 + waits[i] * 1_000));
        }
        stage.watermark(T0 + 3 * MINUTE);

        HealthReport report = report(stage.latest("help", T0 + MINUTE));
        assertThat(report.staffReplies).isEqualTo(5);
        assertThat(report.staffResponseLatencyP50Seconds).isEqualTo(80.0); // of 60, 70, 80, 90, 100
        assertThat(report.staffResponseLatencyP90Seconds).isEqualTo(100.0);
        assertThat(report.unansweredThreads).isZero();
    }

    @Test
    void threadsWaitingLongerThanTheHorizonStopCountingAsUnanswered() throws Exception {
        stage.send(forum().by("ann").at(T0 + 1_000));
        long expired = T0 + SETTINGS.staffResponseHorizon().toMillis()
                + ConversationTracker.sweepInterval(SETTINGS.staffResponseHorizon()).toMillis();
        stage.watermark(expired);
        stage.send(forum().by("bob").at(expired + MINUTE));
        stage.watermark(expired + 2 * MINUTE);

        assertThat(report(stage.latest("help", T0)).unansweredThreads).isEqualTo(1);
        assertThat(report(stage.latest("help", expired + MINUTE - (expired + MINUTE) % MINUTE)).unansweredThreads)
                .as("bob's only").isEqualTo(1);
    }

    @Test
    void withoutRegisteredStaffTheStaffFiguresAreUnknown() throws Exception {
        stage.send(TestPosts.in("mastodon", "unknown.social", "#cats").by("ann").at(T0 + 1_000));
        stage.watermark(T0 + MINUTE);

        HealthReport report = report(stage.latest("#cats", T0));
        assertThat(report.unansweredThreads).isNull();
        assertThat(report.staffResponseLatencyP50Seconds).isNull();
        assertThat(report.staffPosts).isZero();
    }

    @Test
    void moderationLoadCountsRemovedRedditPosts() throws Exception {
        stage.send(reddit().text("[removed]").at(T0 + 1_000));
        stage.send(reddit().text("Why was my card declined?\n\n[removed]").at(T0 + 2_000)); // a submission
        stage.send(reddit().text("[deleted]").at(T0 + 3_000));
        stage.send(reddit().text("the app works again").at(T0 + 4_000));
        stage.send(TestPosts.in("mastodon", "lakeside.social", "#cycling").text("[removed]").at(T0 + 5_000));
        stage.watermark(T0 + MINUTE);

        HealthReport report = report(stage.latest("novapayhelp", T0));
        assertThat(report.removedPosts).isEqualTo(2);
        assertThat(report.deletedPosts).isEqualTo(1);
        assertThat(report.moderationLoad).isEqualTo(0.5);
        HealthReport mastodon = report(stage.latest("#cycling", T0));
        assertThat(mastodon.removedPosts).as("Mastodon does not show removals").isNull();
        assertThat(mastodon.moderationLoad).isNull();
    }

    @Test
    void aLateMemberPostUpdatesTheWindowsHealth() throws Exception {
        ScoredPost question = forum().by("ann").at(T0 + 1_000).post();
        stage.send(question);
        stage.watermark(T0 + 2 * MINUTE);
        stage.send(forum().by("bob").replyTo(question).at(T0 + 30_000)); // late, within the allowed lateness

        HealthStats health = stage.latest("help", T0).health;
        assertThat(stage.maps()).hasSize(2);
        assertThat(health.newMembers).isEqualTo(2);
        assertThat(health.replyPosts).isEqualTo(1);
        assertThat(health.awaitingStaff).as("still one waiting thread").isEqualTo(1);
    }

    @Test
    void aLatePostCountsTheThreadsWaitingAtItsOwnTime() throws Exception {
        stage.send(forum().by("ann").at(T0 + 10_000));
        stage.send(forum().by("bob").at(T0 + MINUTE + 10_000));
        stage.send(forum().by("cy").at(T0 + MINUTE + 20_000));
        stage.watermark(T0 + MINUTE + 30_000);
        stage.send(forum().by("dee").at(T0 + 40_000)); // late: when it was written, ann's thread and its own waited

        assertThat(report(stage.latest("help", T0)).unansweredThreads).isEqualTo(2);
        stage.watermark(T0 + 2 * MINUTE);
        assertThat(report(stage.latest("help", T0 + MINUTE)).unansweredThreads).isEqualTo(3);
    }

    private static HealthReport report(MicroMap map) {
        return HealthReport.of(map, map.postCount);
    }

    private static TestPosts forum() {
        return TestPosts.in("discourse", "forum.example", "help");
    }

    private static TestPosts reddit() {
        return TestPosts.in("reddit", "novapay", "novapayhelp");
    }
}
