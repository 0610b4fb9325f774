package io.undercurrent.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undercurrent.jobs.records.Post;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RedditAdapterTest {

    private final RedditAdapter adapter = new RedditAdapter();

    @Test
    void selfPostSubmissionBecomesAPostWithTitleAndBody() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("reddit/submission-self.json"));

        assertThat(post.id).isEqualTo("reddit:t3_1bz4k2x");
        assertThat(post.platform).isEqualTo("reddit");
        assertThat(post.community).isEqualTo("reddit");
        assertThat(post.microCommunity).isEqualTo("r/Portland");
        assertThat(post.author).isEqualTo("rosecityrider");
        assertThat(post.text).isEqualTo("MAX Blue Line delays again this morning\n\n"
                + "Third day in a row the 7:40 from Gresham never showed. TriMet app says \"on time\" the whole while."
                + " Anyone else?");
        assertThat(post.language).isNull();
        assertThat(post.createdAt).isEqualTo(Instant.parse("2024-04-09T07:31:02Z").toEpochMilli());
        assertThat(post.likes).isEqualTo(87);
        assertThat(post.replies).isEqualTo(42);
        assertThat(post.shares).isEqualTo(2);
        assertThat(post.parentId).isNull();
        assertThat(post.threadId).isEqualTo("reddit:t3_1bz4k2x");
        assertThat(post.url).isEqualTo(
                "https://www.reddit.com/r/Portland/comments/1bz4k2x/max_blue_line_delays_again_this_morning/");
    }

    @Test
    void commentReplyPointsAtItsParentAndSubmission() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("reddit/comment-reply.json"));

        assertThat(post.id).isEqualTo("reddit:t1_kyq0f3m");
        assertThat(post.microCommunity).isEqualTo("r/Portland");
        assertThat(post.author).isEqualTo("pdx_commuter");
        assertThat(post.text).isEqualTo("Same. Switched to the bus & it was worse >:(");
        assertThat(post.createdAt).isEqualTo(Instant.parse("2024-04-09T07:42:21Z").toEpochMilli());
        assertThat(post.likes).isEqualTo(-3);
        assertThat(post.replies).isZero();
        assertThat(post.shares).isZero();
        assertThat(post.parentId).isEqualTo("reddit:t1_kyptz8a");
        assertThat(post.threadId).isEqualTo("reddit:t3_1bz4k2x");
        assertThat(post.url).isEqualTo("https://www.reddit.com/r/Portland/comments/1bz4k2x/"
                + "max_blue_line_delays_again_this_morning/kyq0f3m/");
    }

    @Test
    void bareLinkSubmissionIsTitleOnlyWithFractionalSeconds() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("reddit/submission-link-bare.json"));

        assertThat(post.id).isEqualTo("reddit:t3_1bz6m0q");
        assertThat(post.text).isEqualTo("TriMet says signal fault fixed by noon");
        assertThat(post.createdAt).isEqualTo(Instant.parse("2024-04-09T08:27:14.500Z").toEpochMilli());
        assertThat(post.likes).isEqualTo(15);
        assertThat(post.replies).isEqualTo(7);
        assertThat(post.threadId).isEqualTo("reddit:t3_1bz6m0q");
    }

    @Test
    void removedCommentIsStillAPost() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("reddit/comment-deleted-bare.json"));

        assertThat(post.id).isEqualTo("reddit:t1_kyq1x7c");
        assertThat(post.author).isEqualTo("[deleted]");
        assertThat(post.text).isEqualTo("[removed]");
        assertThat(post.parentId).isEqualTo("reddit:t3_1bz4k2x");
        assertThat(post.threadId).isEqualTo("reddit:t3_1bz4k2x");
        assertThat(post.createdAt).isEqualTo(Instant.parse("2024-04-09T07:50:03Z").toEpochMilli());
    }

    @Test
    void otherKindsOfThingAreRejectedByKind() {
        ObjectNode account = Fixtures.json("reddit/comment-reply.json");
        account.put("kind", "t2");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(account)))
                .isInstanceOf(MalformedPostException.class)
                .hasMessage("unsupported Reddit kind: t2 (expected t1 comment or t3 submission)");
    }

    @Test
    void bareObjectThatIsNeitherCommentNorSubmissionIsRejected() {
        ObjectNode data = Fixtures.json("reddit/comment-deleted-bare.json");
        data.remove("body");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(data)))
                .hasMessage("not a Reddit comment or submission: no kind, name, body or title");
    }

    @Test
    void missingBodyOfAWrappedCommentIsReportedUnderData() {
        ObjectNode comment = Fixtures.json("reddit/comment-reply.json");
        ((ObjectNode) comment.get("data")).remove("body");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(comment)))
                .hasMessage("missing required field: data.body");
    }

    @Test
    void createdUtcAsTextIsRejected() {
        ObjectNode comment = Fixtures.json("reddit/comment-reply.json");
        ((ObjectNode) comment.get("data")).put("created_utc", "1712648541");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(comment)))
                .hasMessage("wrong type for field data.created_utc: expected number of seconds, got string");
    }

    @Test
    void createdUtcBeyondAnyDateIsRejected() {
        byte[] payload = ("{\"id\":\"x1\",\"subreddit\":\"Portland\",\"author\":\"a\",\"body\":\"hi\","
                + "\"created_utc\":1e300}").getBytes();

        assertThatThrownBy(() -> adapter.parse(payload))
                .hasMessage("invalid timestamp in created_utc: 1.0E300 seconds is out of range");
    }

    @Test
    void createdUtcThatOverflowsADoubleIsRejected() {
        byte[] payload = ("{\"id\":\"x1\",\"subreddit\":\"Portland\",\"author\":\"a\",\"body\":\"hi\","
                + "\"created_utc\":1e999}").getBytes();

        assertThatThrownBy(() -> adapter.parse(payload))
                .hasMessage("wrong type for field created_utc: expected number of seconds, got number Infinity");
    }

    @Test
    void fractionalScoreIsRejected() {
        ObjectNode submission = Fixtures.json("reddit/submission-self.json");
        ((ObjectNode) submission.get("data")).put("score", 87.5);

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(submission)))
                .hasMessage("wrong type for field data.score: expected integer, got number 87.5");
    }
}
