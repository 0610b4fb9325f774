package io.undercurrent.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undercurrent.jobs.records.Post;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DiscoursePostAdapterTest {

    private final DiscoursePostAdapter adapter = new DiscoursePostAdapter();

    @Test
    void webhookReplyBecomesAPostWithEveryField() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("discourse/post-created-reply.json"));

        assertThat(post.id).isEqualTo("discourse:discourse:3307:4");
        assertThat(post.platform).isEqualTo("discourse");
        assertThat(post.community).isEqualTo("discourse");
        assertThat(post.microCommunity).isEqualTo("transit");
        assertThat(post.author).isEqualTo("marta_o");
        // the quoted words are jkim's, not this post's
        assertThat(post.text).isEqualTo("Packed *and* late. I gave up & walked.");
        assertThat(post.language).isNull();
        assertThat(post.createdAt).isEqualTo(Instant.parse("2024-04-09T08:12:31.227Z").toEpochMilli());
        assertThat(post.likes).isEqualTo(6);
        assertThat(post.replies).isZero();
        assertThat(post.shares).isEqualTo(1);
        assertThat(post.parentId).isEqualTo("discourse:discourse:3307:2");
        assertThat(post.threadId).isEqualTo("discourse:discourse:3307:1");
        assertThat(post.url).isNull();
    }

    @Test
    void topicsFirstPostWithTheSitesAddressHasTitleAndLink() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("discourse/post-created-topic-with-base-url.json"));

        assertThat(post.id).isEqualTo("discourse:forum.pdxcommuters.org:3307:1");
        assertThat(post.community).isEqualTo("forum.pdxcommuters.org");
        assertThat(post.author).isEqualTo("jkim");
        assertThat(post.text).isEqualTo("Blue line signal failure (April 9)\n\n"
                + "Trains stuck between Gateway and Rose Quarter since ~7:30. No announcement on the platform.");
        assertThat(post.likes).isEqualTo(7);
        assertThat(post.parentId).isNull();
        assertThat(post.threadId).isEqualTo("discourse:forum.pdxcommuters.org:3307:1");
        assertThat(post.url).isEqualTo("https://forum.pdxcommuters.org/t/blue-line-signal-failure-april-9/3307/1");
    }

    @Test
    void onlyCompleteQuoteBlocksAreLeftOut() throws Exception {
        ObjectNode body = Fixtures.json("discourse/post-created-reply.json");
        ((ObjectNode) body.get("post")).put("raw",
                "[quote=\"a, post:1, topic:3307\"]one[/quote]mine [quotes] stay [quote]unclosed");

        assertThat(adapter.parse(Fixtures.bytes(body)).text).isEqualTo("mine [quotes] stay [quote]unclosed");
    }

    @Test
    void postReplyingToNoPostInParticularRepliesToTheTopic() throws Exception {
        ObjectNode body = Fixtures.json("discourse/post-created-reply.json");
        ((ObjectNode) body.get("post")).putNull("reply_to_post_number");

        assertThat(adapter.parse(Fixtures.bytes(body)).parentId).isEqualTo("discourse:discourse:3307:1");
    }

    @Test
    void withoutRawTheCookedHtmlIsUsed() throws Exception {
        ObjectNode body = Fixtures.json("discourse/post-created-topic-with-base-url.json");
        ((ObjectNode) body.get("post")).remove("raw");
        ((ObjectNode) body.get("post")).put("cooked", "<p>Trains <em>stuck</em> since ~7:30&nbsp;&amp; no word.</p>");

        assertThat(adapter.parse(Fixtures.bytes(body)).text)
                .isEqualTo("Blue line signal failure (April 9)\n\nTrains stuck since ~7:30 & no word.");
    }

    @Test
    void bareWebhookPostObjectIsAccepted() throws Exception {
        ObjectNode body = Fixtures.json("discourse/post-created-reply.json");

        assertThat(adapter.parse(Fixtures.bytes((ObjectNode) body.get("post"))))
                .isEqualTo(adapter.parse(Fixtures.bytes(body)));
    }

    @Test
    void categoryWithoutSlugIsNamedById() throws Exception {
        ObjectNode body = Fixtures.json("discourse/post-created-reply.json");
        ((ObjectNode) body.get("post")).remove("category_slug");

        assertThat(adapter.parse(Fixtures.bytes(body)).microCommunity).isEqualTo("category:12");
    }

    @Test
    void personalMessagesHaveTheirOwnMicroCommunity() throws Exception {
        ObjectNode body = Fixtures.json("discourse/post-created-reply.json");
        ObjectNode post = (ObjectNode) body.get("post");
        post.remove("category_slug");
        post.putNull("category_id");
        post.put("topic_archetype", "private_message");

        assertThat(adapter.parse(Fixtures.bytes(body)).microCommunity).isEqualTo("private-messages");
    }

    @Test
    void postWithoutAnyCategoryIsRejected() {
        ObjectNode body = Fixtures.json("discourse/post-created-reply.json");
        ObjectNode post = (ObjectNode) body.get("post");
        post.remove("category_slug");
        post.remove("category_id");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(body)))
                .isInstanceOf(MalformedPostException.class)
                .hasMessage("missing required field: post.category_id");
    }

    @Test
    void missingUsernameIsRejected() {
        ObjectNode body = Fixtures.json("discourse/post-created-reply.json");
        ((ObjectNode) body.get("post")).remove("username");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(body)))
                .hasMessage("missing required field: post.username");
    }

    @Test
    void baseUrlWithoutHostIsRejected() {
        ObjectNode body = Fixtures.json("discourse/post-created-topic-with-base-url.json");
        body.put("base_url", "forum.pdxcommuters.org");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(body)))
                .hasMessage("invalid URL in base_url: 'forum.pdxcommuters.org' has no host");
    }
}
