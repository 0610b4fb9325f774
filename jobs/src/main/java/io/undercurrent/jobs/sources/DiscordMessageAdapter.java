package io.undercurrent.jobs.sources;

import io.undercurrent.jobs.records.Post;

/**
 * A Discord message from the gateway's MESSAGE_CREATE event: the dispatch payload
 * {@code {"op":0,"t":"MESSAGE_CREATE","s":42,"d":{message}}} or the bare message object.
 *
 * <ul>
 *   <li>community: guild_id, "dm" for direct messages; microCommunity: channel_id. The gateway sends ids only;
 *       when a relay adds {@code guild_name} / {@code channel_name} to the message, those are used instead
 *       (the channel as "#name");</li>
 *   <li>id: {@code discord:<message id>} (snowflakes are unique across Discord);</li>
 *   <li>author: author.username; text: content; createdAt: timestamp;</li>
 *   <li>parentId: the message a reply refers to (message_reference of type 0; a forward, type 1, is no reply);</li>
 *   <li>likes: all reaction counts added up.</li>
 * </ul>
 * Other gateway events and opcodes are rejected by name.
 */
public class DiscordMessageAdapter extends JsonPostAdapter {

    static final String PLATFORM = "discord";
    private static final long DISPATCH_OPCODE = 0;
    private static final long REPLY_REFERENCE = 0;

    @Override
    boolean recognises(JsonFields root) {
        return root.has("op") || (root.has("channel_id") && root.has("author") && root.has("timestamp"));
    }

    @Override
    Post toPost(JsonFields root) throws MalformedPostException {
        return fromMessage(root.has("op") ? dispatchedMessage(root) : root);
    }

    private static JsonFields dispatchedMessage(JsonFields payload) throws MalformedPostException {
        long opcode = payload.count("op");
        if (opcode != DISPATCH_OPCODE) {
            throw new MalformedPostException(
                    "unsupported Discord gateway opcode: " + opcode + " (only dispatch, op 0, carries messages)");
        }
        String event = payload.text("t");
        if (!event.equals("MESSAGE_CREATE")) {
            throw new MalformedPostException("unsupported Discord event type: " + event);
        }
        return payload.object("d");
    }

    private static Post fromMessage(JsonFields message) throws MalformedPostException {
        String messageId = message.id("id");
        String channelId = message.id("channel_id");
        String guildId = message.optionalId("guild_id");
        String content = message.text("content");
        if (content.isBlank()) {
            throw new MalformedPostException("empty Discord message content (a system message, only attachments"
                    + " or embeds, or a bot without the MESSAGE_CONTENT intent)");
        }
        Post post = new Post();
        post.platform = PLATFORM;
        post.id = id(messageId);
        String guildName = message.optionalText("guild_name");
        post.community = guildName != null ? guildName : guildId != null ? guildId : "dm";
        String channelName = message.optionalText("channel_name");
        post.microCommunity = channelName != null ? "#" + channelName : channelId;
        post.author = message.object("author").text("username");
        post.text = content;
        post.createdAt = message.isoInstant("timestamp");
        post.parentId = parentId(message.optionalObject("message_reference"));
        for (JsonFields reaction : message.objects("reactions")) {
            post.likes += reaction.count("count");
        }
        post.url = "https://discord.com/channels/" + (guildId != null ? guildId : "@me") + "/" + channelId + "/"
                + messageId;
        return post;
    }

    private static String parentId(JsonFields reference) throws MalformedPostException {
        if (reference == null || reference.count("type") != REPLY_REFERENCE || !reference.has("message_id")) {
            return null;
        }
        return id(reference.id("message_id"));
    }

    private static String id(String snowflake) {
        return PLATFORM + ":" + snowflake;
    }
}
