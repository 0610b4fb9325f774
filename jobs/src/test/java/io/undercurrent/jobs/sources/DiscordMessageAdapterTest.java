package io.undercurrent.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undercurrent.jobs.records.Post;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DiscordMessageAdapterTest {

    private final DiscordMessageAdapter adapter = new DiscordMessageAdapter();

    @Test
    void gatewayReplyBecomesAPostWithEveryField() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("discord/gateway-message-create-reply.json"));

        assertThat(post.id).isEqualTo("discord:1227340843234525185");
        assertThat(post.platform).isEqualTo("discord");
        assertThat(post.community).isEqualTo("1101782200422148106");
        assertThat(post.microCommunity).isEqualTo("1101782201353273445");
        assertThat(post.author).isEqualTo("devon.rides");
        assertThat(post.text).isEqualTo(
                "signal failure at Gateway TC, they're bussing people around it. 20 min delays at least");
        assertThat(post.language).isNull();
        assertThat(post.createdAt).isEqualTo(Instant.parse("2024-04-09T07:42:18.517Z").toEpochMilli());
        assertThat(post.likes).isZero();
        assertThat(post.replies).isZero();
        assertThat(post.shares).isZero();
        assertThat(post.parentId).isEqualTo("discord:1227340242077777920");
        assertThat(post.threadId).isNull();
        assertThat(post.url).isEqualTo(
                "https://discord.com/channels/1101782200422148106/1101782201353273445/1227340843234525185");
    }

    @Test
    void bareMessageUsesNamesARelayAddedAndSumsReactions() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("discord/message-with-reactions-and-names.json"));

        assertThat(post.id).isEqualTo("discord:1227346016052305960");
        assertThat(post.community).isEqualTo("PDX Commuters");
        assertThat(post.microCommunity).isEqualTo("#transit-alerts");
        assertThat(post.author).isEqualTo("trimet_bot");
        assertThat(post.likes).isEqualTo(17);
        assertThat(post.parentId).isNull();
        assertThat(post.createdAt).isEqualTo(Instant.parse("2024-04-09T08:02:44.901Z").toEpochMilli());
    }

    @Test
    void directMessageBelongsToTheDmCommunity() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("discord/gateway-message-create-dm.json"));

        assertThat(post.community).isEqualTo("dm");
        assertThat(post.microCommunity).isEqualTo("1190000000000000001");
        assertThat(post.url).isEqualTo("https://discord.com/channels/@me/1190000000000000001/1227364211245678592");
    }

    @Test
    void forwardedMessageIsNoReply() throws Exception {
        ObjectNode event = Fixtures.json("discord/gateway-message-create-reply.json");
        ((ObjectNode) event.get("d").get("message_reference")).put("type", 1);

        assertThat(adapter.parse(Fixtures.bytes(event)).parentId).isNull();
    }

    @Test
    void otherGatewayEventsAreRejectedByName() {
        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes("discord/gateway-typing-start.json")))
                .isInstanceOf(MalformedPostException.class)
                .hasMessage("unsupported Discord event type: TYPING_START");
    }

    @Test
    void nonDispatchOpcodesAreRejected() {
        byte[] heartbeatAck = "{\"op\":11,\"d\":null,\"s\":null,\"t\":null}".getBytes();

        assertThatThrownBy(() -> adapter.parse(heartbeatAck))
                .hasMessage("unsupported Discord gateway opcode: 11 (only dispatch, op 0, carries messages)");
    }

    @Test
    void emptyContentExplainsTheLikelyCauses() {
        ObjectNode event = Fixtures.json("discord/gateway-message-create-reply.json");
        ((ObjectNode) event.get("d")).put("content", "");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(event)))
                .hasMessage("empty Discord message content (a system message, only attachments or embeds, or a bot"
                        + " without the MESSAGE_CONTENT intent)");
    }

    @Test
    void missingAuthorIsReportedInsideTheDispatch() {
        ObjectNode event = Fixtures.json("discord/gateway-message-create-reply.json");
        ((ObjectNode) event.get("d")).remove("author");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(event)))
                .hasMessage("missing required field: d.author");
    }

    @Test
    void reactionCountOfTheWrongTypeIsRejected() {
        ObjectNode message = Fixtures.json("discord/message-with-reactions-and-names.json");
        ((ObjectNode) message.get("reactions").get(1)).put("count", "3");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(message)))
                .hasMessage("wrong type for field reactions[1].count: expected integer, got string");
    }
}
