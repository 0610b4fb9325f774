package io.undercurrent.jobs.records;

import java.util.Objects;

/**
 * The canonical post every platform adapter produces. A Flink POJO (public fields, no-arg constructor) so
 * Flink serializes it without Kryo.
 */
public class Post {
    /** Globally unique: {@code platform:nativeId}. Also the Elasticsearch document id. */
    public String id;
    /** reddit, mastodon, discord, discourse, or whatever a canonical producer names. */
    public String platform;
    /** The broad community: a Reddit community group, a Mastodon instance, a Discord guild, a Discourse site. */
    public String community;
    /** The small group inside it: a subreddit, a channel, a forum category, a leading hashtag. */
    public String microCommunity;
    public String author;
    public String text;
    /** ISO 639-1 language code when the platform reports one, else null. */
    public String language;
    /** Event time, epoch milliseconds. */
    public long createdAt;
    public long likes;
    public long replies;
    public long shares;
    /** Id (same form as {@link #id}) of the post this one replies to, or null. */
    public String parentId;
    /** Id of the conversation root (thread, submission), or null when the platform does not say. */
    public String threadId;
    public String url;

    public Post() {}

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Post)) {
            return false;
        }
        Post p = (Post) o;
        return createdAt == p.createdAt && likes == p.likes && replies == p.replies && shares == p.shares
                && Objects.equals(id, p.id) && Objects.equals(platform, p.platform)
                && Objects.equals(community, p.community) && Objects.equals(microCommunity, p.microCommunity)
                && Objects.equals(author, p.author) && Objects.equals(text, p.text)
                && Objects.equals(language, p.language) && Objects.equals(parentId, p.parentId)
                && Objects.equals(threadId, p.threadId) && Objects.equals(url, p.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, platform, community, microCommunity, author, createdAt);
    }

    @Override
    public String toString() {
        return "Post{" + id + " " + platform + "/" + community + "/" + microCommunity + " by " + author
                + " at " + createdAt + "}";
    }
}
