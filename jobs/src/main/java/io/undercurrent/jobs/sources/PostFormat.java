package io.undercurrent.jobs.sources;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The payload format of a topic's records, named in configuration in lower case ("mastodon"). */
public enum PostFormat {
    CANONICAL(CanonicalPostAdapter::new),
    MASTODON(MastodonStatusAdapter::new),
    REDDIT(RedditAdapter::new),
    DISCORD(DiscordMessageAdapter::new),
    DISCOURSE(DiscoursePostAdapter::new),
    /** Recognises each payload's format by its shape; for topics that carry several. */
    AUTO(AutoDetectAdapter::new);

    private final PostAdapter adapter;

    PostFormat(Supplier<PostAdapter> adapter) {
        this.adapter = adapter.get();
    }

    /** The format's adapter; adapters are stateless, so this one instance serves every caller. */
    public PostAdapter adapter() {
        return adapter;
    }

    /** The name used in configuration. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted formats when {@code name} is none of them */
    public static PostFormat fromConfigName(String name) {
        for (PostFormat format : values()) {
            if (format.configName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown post format '" + name + "': expected one of "
                + Arrays.stream(values()).map(PostFormat::configName).collect(Collectors.joining(", ")));
    }
}
