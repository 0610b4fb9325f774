package io.undercurrent.jobs.sources;

import io.undercurrent.jobs.records.Post;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Mastodon status: the Status entity of the REST and streaming APIs (docs.joinmastodon.org/entities/Status),
 * or the streaming websocket's {@code {"event":"update","payload":"<status JSON>"}} message carrying one.
 *
 * <ul>
 *   <li>community: the author's home instance, the host of {@code uri};</li>
 *   <li>microCommunity: the first hashtag in the text, lower-case ("#inkscape"); the first tag listed when
 *       none appears in the text; "public" for a status without tags;</li>
 *   <li>id: {@code mastodon:<home host>:<status id>}, with the status id as the instance the stream was read from
 *       reports it, because {@code in_reply_to_id} uses the same ids;</li>
 *   <li>parentId: {@code in_reply_to_id} with the home host of the replied-to account, found among the mentions
 *       (Mastodon mentions the author one replies to); the replying status's host when it is not there;</li>
 *   <li>author: {@code acct}, with the home host added for local accounts ("user@host");</li>
 *   <li>text: the content warning ({@code spoiler_text}), then the HTML content as plain text;</li>
 *   <li>likes, replies, shares: favourites_count, replies_count, reblogs_count;</li>
 *   <li>a boost (non-null {@code reblog}) is read as the boosted status: the words and engagement are its, and
 *       every boost of it lands on the same id.</li>
 * </ul>
 */
public class MastodonStatusAdapter extends JsonPostAdapter {

    static final String PLATFORM = "mastodon";
    private static final String NO_HASHTAG = "public";

    @Override
    boolean recognises(JsonFields root) {
        return (root.has("uri") && root.has("account") && root.has("content")) || isStreamingEvent(root);
    }

    @Override
    Post toPost(JsonFields root) throws MalformedPostException {
        if (isStreamingEvent(root)) {
            return fromStreamingEvent(root);
        }
        JsonFields reblogged = root.optionalObject("reblog");
        return fromStatus(reblogged != null ? reblogged : root);
    }

    private static boolean isStreamingEvent(JsonFields root) {
        return root.has("event") && root.has("payload") && !root.has("uri");
    }

    private Post fromStreamingEvent(JsonFields event) throws MalformedPostException {
        String type = event.text("event");
        if (!type.equals("update") && !type.equals("status.update")) {
            throw new MalformedPostException("unsupported Mastodon streaming event: " + type);
        }
        byte[] status = event.text("payload").getBytes(StandardCharsets.UTF_8);
        return toPost(JsonFields.embedded(readObject(status), event.path("payload")));
    }

    private static Post fromStatus(JsonFields status) throws MalformedPostException {
        String host = Urls.host(status.text("uri"), status.path("uri"));
        JsonFields account = status.object("account");
        String acct = account.text("acct");

        Post post = new Post();
        post.platform = PLATFORM;
        post.id = id(host, status.id("id"));
        post.community = host;
        post.author = acct.contains("@") ? acct : acct + "@" + host;
        post.text = text(status);
        post.microCommunity = firstHashtag(status.objects("tags"), post.text);
        post.language = status.optionalText("language");
        post.createdAt = status.isoInstant("created_at");
        post.likes = status.count("favourites_count");
        post.replies = status.count("replies_count");
        post.shares = status.count("reblogs_count");
        post.parentId = parentId(status, account.id("id"), host);
        String url = status.optionalText("url");
        post.url = url != null ? url : status.text("uri");
        return post;
    }

    private static String id(String host, String statusId) {
        return PLATFORM + ":" + host + ":" + statusId;
    }

    private static String text(JsonFields status) throws MalformedPostException {
        String content = HtmlText.toPlainText(status.text("content"));
        String warning = status.optionalText("spoiler_text");
        return warning == null || warning.isBlank() ? content : warning.strip() + "\n\n" + content;
    }

    private static String parentId(JsonFields status, String authorAccountId, String host)
            throws MalformedPostException {
        String parentStatusId = status.optionalId("in_reply_to_id");
        if (parentStatusId == null) {
            return null;
        }
        String parentAccountId = status.optionalId("in_reply_to_account_id");
        String parentHost = host;
        if (parentAccountId != null && !parentAccountId.equals(authorAccountId)) {
            for (JsonFields mention : status.objects("mentions")) {
                if (parentAccountId.equals(mention.id("id"))) {
                    parentHost = Urls.host(mention.text("url"), mention.path("url"));
                }
            }
        }
        return id(parentHost, parentStatusId);
    }

    /** The tag whose "#tag" comes first in the text; the API lists tags in no particular order. */
    private static String firstHashtag(List<JsonFields> tags, String text) throws MalformedPostException {
        if (tags.isEmpty()) {
            return NO_HASHTAG;
        }
        Set<String> names = new HashSet<>();
        for (JsonFields tag : tags) {
            names.add(tag.text("name").toLowerCase(Locale.ROOT));
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        for (int hash = lowerText.indexOf('#'); hash >= 0; hash = lowerText.indexOf('#', hash + 1)) {
            int end = hash + 1;
            while (end < lowerText.length() && isHashtagChar(lowerText.charAt(end))) {
                end++;
            }
            String word = lowerText.substring(hash + 1, end);
            if (names.contains(word)) {
                return "#" + word;
            }
        }
        return "#" + tags.get(0).text("name").toLowerCase(Locale.ROOT);
    }

    private static boolean isHashtagChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
