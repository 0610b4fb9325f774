package io.undercurrent.jobs.sources;

import io.undercurrent.jobs.records.Post;
import java.util.List;

/**
 * Recognises which format a payload is by the fields only that format has, then reads it with that format's
 * adapter, so a topic may carry a mix. Payloads of one known format should go through that format's adapter: its
 * reasons are more specific when a payload is broken.
 */
public class AutoDetectAdapter extends JsonPostAdapter {

    private final List<JsonPostAdapter> formats = List.of(
            new CanonicalPostAdapter(),
            new MastodonStatusAdapter(),
            new RedditAdapter(),
            new DiscordMessageAdapter(),
            new DiscoursePostAdapter());

    @Override
    boolean recognises(JsonFields root) {
        return formats.stream().anyMatch(format -> format.recognises(root));
    }

    @Override
    Post toPost(JsonFields root) throws MalformedPostException {
        for (JsonPostAdapter format : formats) {
            if (format.recognises(root)) {
                return format.toPost(root);
            }
        }
        throw new MalformedPostException(
                "unrecognised payload: none of canonical/mastodon/reddit/discord/discourse matched");
    }
}
