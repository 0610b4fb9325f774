package io.undercurrent.jobs.generator;

/**
 * Native-looking ids and URLs of generated posts. Ids have the canonical form {@code <platform>:<native id>};
 * the generator's post sequence number makes them unique.
 */
final class PostAddress {

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final long REDDIT_ID_BASE = 100_000_000L;
    private static final long DISCOURSE_ID_BASE = 1_000L;

    private PostAddress() {}

    static String id(MicroCommunityProfile micro, long sequence, long createdAt, boolean root) {
        CommunityProfile community = micro.community();
        return switch (community.platform()) {
            case "reddit" -> "reddit:" + (root ? "t3_" : "t1_") + Long.toString(REDDIT_ID_BASE + sequence, 36);
            case "discord" -> "discord:" + discordSnowflake(createdAt, sequence);
            case "mastodon" -> "mastodon:" + community.community() + ":" + mastodonStatusId(createdAt, sequence);
            case "discourse" -> "discourse:" + community.community() + ":" + (DISCOURSE_ID_BASE + sequence);
            default -> community.platform() + ":" + community.community() + ":" + sequence;
        };
    }

    static String url(MicroCommunityProfile micro, String id, String threadId, String author) {
        CommunityProfile community = micro.community();
        String nativeId = id.substring(id.lastIndexOf(':') + 1);
        return switch (community.platform()) {
            case "reddit" -> {
                String submission = threadId.substring(threadId.indexOf("t3_") + 3);
                String base = "https://www.reddit.com/r/" + micro.name() + "/comments/" + submission + "/";
                yield id.equals(threadId) ? base : base + "comment/" + nativeId.substring(3) + "/";
            }
            case "discord" -> "https://discord.com/channels/" + stableSnowflake(community.community()) + "/"
                    + stableSnowflake(community.community() + "/" + micro.name()) + "/" + nativeId;
            case "mastodon" -> "https://" + community.community() + "/@" + author + "/" + nativeId;
            case "discourse" -> "https://" + community.community() + "/p/" + nativeId;
            default -> null;
        };
    }

    /** Discord ids encode the creation time; the low bits keep posts of the same millisecond apart. */
    private static long discordSnowflake(long createdAt, long sequence) {
        return ((createdAt - DISCORD_EPOCH_MILLIS) << 22) | (sequence & 0x3FFFFF);
    }

    private static long mastodonStatusId(long createdAt, long sequence) {
        return (createdAt << 16) | (sequence & 0xFFFF);
    }

    /** A fixed snowflake-sized id for a guild or channel name. */
    private static long stableSnowflake(String name) {
        return 700_000_000_000_000_000L + Math.floorMod(name.hashCode(), 1_000_000_000) * 1_000L;
    }
}
