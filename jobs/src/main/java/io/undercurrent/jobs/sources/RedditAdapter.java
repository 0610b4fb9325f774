package io.undercurrent.jobs.sources;

import io.undercurrent.jobs.records.Post;

/**
 * Reddit comments (kind t1) and submissions (kind t3) as the Reddit API returns them: a thing
 * {@code {"kind":"t1","data":{...}}} or its bare data object (as archives store them).
 *
 * <ul>
 *   <li>community: "reddit" (grouping subreddits into communities is a later choice); microCommunity:
 *       "r/&lt;subreddit&gt;";</li>
 *   <li>id: {@code reddit:<fullname>}, e.g. "reddit:t1_k2x9abc". The fullname, not the bare id36, because
 *       comments and submissions are numbered separately and can share an id36; parent_id and link_id are
 *       fullnames already, so parentId and threadId come out in the same form;</li>
 *   <li>text: a comment's body; a submission's title, a blank line, and its selftext when there is one;</li>
 *   <li>likes: score (net votes, can be negative); replies: a submission's num_comments (Reddit does not count
 *       a comment's replies); shares: a submission's num_crossposts;</li>
 *   <li>deleted and removed posts ("[deleted]", "[removed]") are kept: how many there are is a moderation
 *       signal.</li>
 * </ul>
 */
public class RedditAdapter extends JsonPostAdapter {

    static final String PLATFORM = "reddit";
    static final String COMMUNITY = "reddit";
    private static final String COMMENT = "t1";
    private static final String SUBMISSION = "t3";

    @Override
    boolean recognises(JsonFields root) {
        return (root.has("kind") && root.has("data")) || (root.has("subreddit") && root.has("created_utc"));
    }

    @Override
    Post toPost(JsonFields root) throws MalformedPostException {
        boolean wrapped = root.has("kind");
        JsonFields data = wrapped ? root.object("data") : root;
        String kind = wrapped ? root.text("kind") : bareKind(data);
        if (!kind.equals(COMMENT) && !kind.equals(SUBMISSION)) {
            throw new MalformedPostException(
                    "unsupported Reddit kind: " + kind + " (expected t1 comment or t3 submission)");
        }
        Post post = new Post();
        post.platform = PLATFORM;
        post.id = id(kind + "_" + data.id("id"));
        post.community = COMMUNITY;
        post.microCommunity = "r/" + data.text("subreddit");
        post.author = data.text("author");
        post.createdAt = data.epochSeconds("created_utc");
        post.likes = data.count("score");
        String permalink = data.optionalText("permalink");
        post.url = permalink == null ? null : "https://www.reddit.com" + permalink;
        if (kind.equals(COMMENT)) {
            post.text = data.text("body");
            post.parentId = idOrNull(data.optionalText("parent_id"));
            post.threadId = idOrNull(data.optionalText("link_id"));
        } else {
            String selftext = data.optionalText("selftext");
            String title = data.text("title");
            post.text = selftext == null || selftext.isBlank() ? title : title + "\n\n" + selftext;
            post.replies = data.count("num_comments");
            post.shares = data.count("num_crossposts");
            post.threadId = post.id;
        }
        return post;
    }

    /** The kind of a bare data object: from its fullname, else from the fields only one kind has. */
    private static String bareKind(JsonFields data) throws MalformedPostException {
        String fullname = data.optionalText("name");
        if (fullname != null && fullname.length() > 3 && fullname.charAt(2) == '_') {
            return fullname.substring(0, 2);
        }
        if (data.has("body")) {
            return COMMENT;
        }
        if (data.has("title")) {
            return SUBMISSION;
        }
        throw new MalformedPostException("not a Reddit comment or submission: no kind, name, body or title");
    }

    private static String id(String fullname) {
        return PLATFORM + ":" + fullname;
    }

    private static String idOrNull(String fullname) {
        return fullname == null ? null : id(fullname);
    }
}
