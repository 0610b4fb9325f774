package io.undercurrent.jobs.sources;

import io.undercurrent.jobs.records.Post;

/**
 * A Discourse post from a post webhook (post_created, post_edited, ...): the body {@code {"post":{...}}}, or the
 * bare post object. Discourse names its site only in the X-Discourse-Instance header, which does not reach the
 * record's value; a relay may copy it into a top-level {@code base_url} field, else the site is "discourse".
 *
 * <ul>
 *   <li>community: the site's host; microCommunity: category_slug, else "category:&lt;category_id&gt;", and
 *       "private-messages" for personal-message topics;</li>
 *   <li>id: {@code discourse:<site>:<topic_id>:<post_number>}. Post numbers, not post ids, because a reply
 *       names its parent by number (reply_to_post_number); the site keeps two forums' topics apart;</li>
 *   <li>parentId: the post replied to; a post replying to no post in particular replies to the topic, i.e. to its
 *       first post, which is also the threadId;</li>
 *   <li>author: username; text: raw (Markdown) without the [quote] blocks of other posts, else the cooked HTML
 *       as plain text; the topic title comes before a topic's first post;</li>
 *   <li>likes: like_count, else the reactions plugin's counts added up; replies: reply_count; shares:
 *       quote_count (quoting is how a post is passed on in Discourse).</li>
 * </ul>
 */
public class DiscoursePostAdapter extends JsonPostAdapter {

    static final String PLATFORM = "discourse";
    private static final String UNKNOWN_SITE = "discourse";
    private static final String FIRST_POST = "1";
    private static final String QUOTE_END = "[/quote]";

    @Override
    boolean recognises(JsonFields root) {
        return root.has("post") || (root.has("topic_id") && root.has("post_number"));
    }

    @Override
    Post toPost(JsonFields root) throws MalformedPostException {
        JsonFields source = root.has("post") ? root.object("post") : root;
        String baseUrl = root.optionalText("base_url");
        String site = baseUrl == null ? UNKNOWN_SITE : Urls.host(baseUrl, root.path("base_url"));
        String topicId = source.id("topic_id");
        String postNumber = source.id("post_number");

        Post post = new Post();
        post.platform = PLATFORM;
        post.id = id(site, topicId, postNumber);
        post.community = site;
        post.microCommunity = microCommunity(source);
        post.author = source.text("username");
        post.text = text(source, postNumber);
        post.createdAt = source.isoInstant("created_at");
        post.threadId = id(site, topicId, FIRST_POST);
        String replyTo = source.optionalId("reply_to_post_number");
        if (replyTo != null) {
            post.parentId = id(site, topicId, replyTo);
        } else if (!postNumber.equals(FIRST_POST)) {
            post.parentId = post.threadId;
        }
        post.likes = likes(source);
        post.replies = source.count("reply_count");
        post.shares = source.count("quote_count");
        if (baseUrl != null) {
            String slug = source.optionalText("topic_slug");
            post.url = baseUrl.replaceAll("/+$", "") + "/t/" + (slug == null ? "" : slug + "/") + topicId + "/"
                    + postNumber;
        }
        return post;
    }

    private static String id(String site, String topicId, String postNumber) {
        return PLATFORM + ":" + site + ":" + topicId + ":" + postNumber;
    }

    private static String microCommunity(JsonFields post) throws MalformedPostException {
        String slug = post.optionalText("category_slug");
        if (slug != null && !slug.isBlank()) {
            return slug;
        }
        if ("private_message".equals(post.optionalText("topic_archetype"))) {
            return "private-messages";
        }
        return "category:" + post.id("category_id");
    }

    private static String text(JsonFields post, String postNumber) throws MalformedPostException {
        String raw = post.optionalText("raw");
        String body = raw != null && !raw.isBlank()
                ? withoutQuotes(raw).strip()
                : HtmlText.toPlainText(post.text("cooked"));
        String title = post.optionalText("topic_title");
        return postNumber.equals(FIRST_POST) && title != null ? title + "\n\n" + body : body;
    }

    /** Drops [quote="user, post:2, topic:3307"]...[/quote] blocks: someone else's words, not this post's. */
    private static String withoutQuotes(String raw) {
        StringBuilder own = new StringBuilder(raw.length());
        int from = 0;
        for (int start = quoteStart(raw, from); start >= 0; start = quoteStart(raw, from)) {
            int end = raw.indexOf(QUOTE_END, start);
            if (end < 0) {
                break;
            }
            own.append(raw, from, start);
            from = end + QUOTE_END.length();
        }
        return own.append(raw, from, raw.length()).toString();
    }

    private static int quoteStart(String raw, int from) {
        for (int at = raw.indexOf("[quote", from); at >= 0; at = raw.indexOf("[quote", at + 1)) {
            int next = at + "[quote".length();
            if (next < raw.length() && (raw.charAt(next) == ']' || raw.charAt(next) == '=')) {
                return at;
            }
        }
        return -1;
    }

    private static long likes(JsonFields post) throws MalformedPostException {
        if (post.has("like_count")) {
            return post.count("like_count");
        }
        long reactions = 0;
        for (JsonFields reaction : post.objects("reactions")) {
            reactions += reaction.count("count");
        }
        return reactions;
    }
}
