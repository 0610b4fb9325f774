package io.undercurrent.jobs.sources;

import io.undercurrent.jobs.records.Post;

/** The promise every adapter keeps: what the rest of the pipeline may rely on in a {@link Post}. */
final class PostValidator {

    private PostValidator() {}

    static void validate(Post post) throws MalformedPostException {
        requireNonBlank("id", post.id);
        requireNonBlank("platform", post.platform);
        requireNonBlank("community", post.community);
        requireNonBlank("microCommunity", post.microCommunity);
        requireNonBlank("author", post.author);
        requireNonBlank("text", post.text);
        if (post.createdAt <= 0) {
            throw new MalformedPostException(
                    "createdAt must be after 1970-01-01T00:00:00Z, got " + post.createdAt + " ms");
        }
        // Ids are document ids downstream: the platform prefix keeps two platforms' native ids from colliding.
        if (!post.id.startsWith(post.platform + ":")) {
            throw new MalformedPostException("id " + JsonFields.quote(post.id) + " does not start with its platform "
                    + JsonFields.quote(post.platform + ":"));
        }
    }

    private static void requireNonBlank(String field, String value) throws MalformedPostException {
        if (value == null || value.isBlank()) {
            throw new MalformedPostException("blank required field: " + field);
        }
    }
}
