package io.undercurrent.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostFormatTest {

    @ParameterizedTest
    @CsvSource({
        "canonical/post.json, CANONICAL",
        "mastodon/status-local-en.json, MASTODON",
        "mastodon/status-reblog.json, MASTODON",
        "reddit/submission-self.json, REDDIT",
        "reddit/comment-reply.json, REDDIT",
        "reddit/comment-deleted-bare.json, REDDIT",
        "reddit/submission-link-bare.json, REDDIT",
        "discord/gateway-message-create-reply.json, DISCORD",
        "discord/message-with-reactions-and-names.json, DISCORD",
        "discourse/post-created-reply.json, DISCOURSE",
        "discourse/post-created-topic-with-base-url.json, DISCOURSE",
    })
    void autoReadsEachFormatAsItsOwnAdapterDoes(String fixture, PostFormat format) throws Exception {
        byte[] payload = Fixtures.bytes(fixture);

        assertThat(PostFormat.AUTO.adapter().parse(payload)).isEqualTo(format.adapter().parse(payload));
    }

    @Test
    void autoPassesOnTheRecognisedFormatsReason() {
        assertThatThrownBy(() -> PostFormat.AUTO.adapter().parse(Fixtures.bytes("discord/gateway-typing-start.json")))
                .hasMessage("unsupported Discord event type: TYPING_START");
    }

    @Test
    void autoNamesEveryFormatItTriedWhenNoneMatches() {
        byte[] payload = "{\"message\":\"hello\",\"user\":\"x\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PostFormat.AUTO.adapter().parse(payload))
                .isInstanceOf(MalformedPostException.class)
                .hasMessage("unrecognised payload: none of canonical/mastodon/reddit/discord/discourse matched");
    }

    @Test
    void configNamesAreLowerCaseAndReadLeniently() {
        assertThat(PostFormat.DISCOURSE.configName()).isEqualTo("discourse");
        assertThat(PostFormat.fromConfigName(" Mastodon ")).isEqualTo(PostFormat.MASTODON);
        assertThat(PostFormat.fromConfigName("auto")).isEqualTo(PostFormat.AUTO);
    }

    @Test
    void unknownConfigNameListsTheAcceptedOnes() {
        assertThatThrownBy(() -> PostFormat.fromConfigName("twitter"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown post format 'twitter': expected one of canonical, mastodon, reddit, discord,"
                        + " discourse, auto");
    }
}
