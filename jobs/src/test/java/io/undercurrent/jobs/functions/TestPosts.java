package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.ScoredPost;

/** Scored posts for operator tests, built up field by field: {@code TestPosts.in("reddit", "np", "help").by("ann")}. */
final class TestPosts {

    private static long sequence;

    private final ScoredPost scored = new ScoredPost();

    private TestPosts(String platform, String community, String microCommunity) {
        Post post = new Post();
        post.id = platform + ":" + (++sequence);
        post.platform = platform;
        post.community = community;
        post.microCommunity = microCommunity;
        post.author = "author-" + sequence;
        post.text = "text " + sequence;
        scored.post = post;
        scored.label = "neutral";
        scored.topics = new String[0];
    }

    static TestPosts in(String platform, String community, String microCommunity) {
        return new TestPosts(platform, community, microCommunity);
    }

    TestPosts id(String id) {
        scored.post.id = id;
        return this;
    }

    TestPosts by(String author) {
        scored.post.author = author;
        return this;
    }

    TestPosts at(long createdAt) {
        scored.post.createdAt = createdAt;
        return this;
    }

    /** A judged post; the label follows the engine's three-way split of the score. */
    TestPosts score(double score) {
        scored.score = score;
        scored.label = score < -0.2 ? "negative" : score > 0.2 ? "positive" : "neutral";
        return this;
    }

    TestPosts unsupportedLanguage() {
        scored.score = 0;
        scored.label = "unsupported";
        return this;
    }

    TestPosts topics(String... topics) {
        scored.topics = topics;
        return this;
    }

    TestPosts text(String text) {
        scored.post.text = text;
        return this;
    }

    TestPosts engagement(long likes, long replies, long shares) {
        scored.post.likes = likes;
        scored.post.replies = replies;
        scored.post.shares = shares;
        return this;
    }

    TestPosts replyTo(ScoredPost parent) {
        scored.post.parentId = parent.post.id;
        scored.post.threadId = parent.post.threadId != null ? parent.post.threadId : parent.post.id;
        return this;
    }

    /** A reply whose platform names the parent but not the thread (Discord, Mastodon). */
    TestPosts replyWithoutThreadTo(ScoredPost parent) {
        scored.post.parentId = parent.post.id;
        return this;
    }

    ScoredPost post() {
        return scored;
    }
}
