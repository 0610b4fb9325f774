package io.undercurrent.jobs.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undercurrent.jobs.records.Post;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The canonical post JSON, both ways, in one place: producers ({@link #encode}) and the
 * {@link CanonicalPostAdapter} ({@link #fromJson}) share these field names. The format is described in
 * {@link io.undercurrent.jobs.sources the package documentation}.
 */
public final class CanonicalPostJson {

    static final String ID = "id";
    static final String PLATFORM = "platform";
    static final String COMMUNITY = "community";
    static final String MICRO_COMMUNITY = "microCommunity";
    static final String AUTHOR = "author";
    static final String TEXT = "text";
    static final String LANGUAGE = "language";
    static final String CREATED_AT = "createdAt";
    static final String LIKES = "likes";
    static final String REPLIES = "replies";
    static final String SHARES = "shares";
    static final String PARENT_ID = "parentId";
    static final String THREAD_ID = "threadId";
    static final String URL = "url";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CanonicalPostAdapter ADAPTER = new CanonicalPostAdapter();

    private CanonicalPostJson() {}

    /** UTF-8 JSON with createdAt as an ISO-8601 instant; absent optional fields are left out. */
    public static byte[] encode(Post post) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put(ID, post.id);
        json.put(PLATFORM, post.platform);
        json.put(COMMUNITY, post.community);
        json.put(MICRO_COMMUNITY, post.microCommunity);
        json.put(AUTHOR, post.author);
        json.put(TEXT, post.text);
        putIfPresent(json, LANGUAGE, post.language);
        json.put(CREATED_AT, Instant.ofEpochMilli(post.createdAt).toString());
        json.put(LIKES, post.likes);
        json.put(REPLIES, post.replies);
        json.put(SHARES, post.shares);
        putIfPresent(json, PARENT_ID, post.parentId);
        putIfPresent(json, THREAD_ID, post.threadId);
        putIfPresent(json, URL, post.url);
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            // a tree of strings and numbers always serializes
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and validates like the canonical topic does. */
    public static Post decode(byte[] json) throws MalformedPostException {
        return ADAPTER.parse(json);
    }

    static Post fromJson(JsonFields json) throws MalformedPostException {
        Post post = new Post();
        post.id = json.text(ID);
        post.platform = json.text(PLATFORM);
        post.community = json.text(COMMUNITY);
        post.microCommunity = json.text(MICRO_COMMUNITY);
        post.author = json.text(AUTHOR);
        post.text = json.text(TEXT);
        post.language = json.optionalText(LANGUAGE);
        post.createdAt = json.isoOrEpochMillis(CREATED_AT);
        post.likes = json.count(LIKES);
        post.replies = json.count(REPLIES);
        post.shares = json.count(SHARES);
        post.parentId = json.optionalText(PARENT_ID);
        post.threadId = json.optionalText(THREAD_ID);
        post.url = json.optionalText(URL);
        return post;
    }

    private static void putIfPresent(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
