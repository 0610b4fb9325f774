package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.Post;

/**
 * What a platform shows of moderation. Reddit keeps removed and deleted posts in its listings with a placeholder
 * body ("[removed]" when moderators took it down, "[deleted]" when its author did); a submission keeps its title
 * above the placeholder. Other platforms drop such posts, so their moderation load is unknown.
 */
public final class Moderation {

    private static final String REMOVED = "[removed]";
    private static final String DELETED = "[deleted]";

    private Moderation() {}

    public static boolean reportsRemovals(String platform) {
        return "reddit".equals(platform);
    }

    public static boolean isRemoved(Post post) {
        return hasPlaceholder(post, REMOVED);
    }

    public static boolean isDeleted(Post post) {
        return hasPlaceholder(post, DELETED);
    }

    private static boolean hasPlaceholder(Post post, String placeholder) {
        if (!reportsRemovals(post.platform) || post.text == null) {
            return false;
        }
        String body = post.text.strip();
        return body.equals(placeholder) || body.endsWith("\n" + placeholder);
    }
}
