package io.undercurrent.jobs.sinks.elasticsearch;

import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.ScoredPost;
import java.util.Arrays;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;

/**
 * A scored post as a document of the daily posts index of its creation day (template
 * {@code elasticsearch/undercurrent-posts.json}); the document id is the post id. Its topics are in
 * {@code terms} (keyword, with a {@code terms.text} sub-field for word search), hashtags and mentions also on
 * their own.
 */
public final class PostDocuments implements ElementConverter<ScoredPost, IndexRequestEntry> {

    private static final long serialVersionUID = 1L;
    public static final String INDEX_PREFIX = "undercurrent-posts";

    @Override
    public IndexRequestEntry apply(ScoredPost scored, SinkWriter.Context context) {
        Post post = scored.post;
        return new IndexRequestEntry(DailyIndex.name(INDEX_PREFIX, post.createdAt), post.id, source(scored));
    }

    private static byte[] source(ScoredPost scored) {
        Post post = scored.post;
        return new JsonDocument()
                .text("id", post.id)
                .text("platform", post.platform)
                .text("community", post.community)
                .text("micro_community", post.microCommunity)
                .text("author", post.author)
                .text("text", post.text)
                .text("language", post.language)
                .date("created_at", post.createdAt)
                .number("likes", post.likes)
                .number("replies", post.replies)
                .number("shares", post.shares)
                .text("parent_id", post.parentId)
                .text("thread_id", post.threadId)
                .text("url", post.url)
                .startObject("sentiment")
                .number("score", scored.score)
                .text("label", scored.label)
                .number("confidence", scored.confidence)
                .numbers("classes", scored.classes)
                .text("model", scored.model)
                .text("language", scored.language)
                .endObject()
                .texts("terms", scored.topics)
                .texts("hashtags", withPrefix(scored.topics, "#"))
                .texts("mentions", withPrefix(scored.topics, "@"))
                .date("indexed_at", System.currentTimeMillis())
                .toBytes();
    }

    private static String[] withPrefix(String[] topics, String prefix) {
        return topics == null ? null : Arrays.stream(topics).filter(t -> t.startsWith(prefix)).toArray(String[]::new);
    }
}
