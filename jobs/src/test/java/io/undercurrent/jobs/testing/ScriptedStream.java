package io.undercurrent.jobs.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A known stream of Kafka records for end-to-end tests: canonical posts with a clear script (which
 * micro-community, which minute, what tone), real-format platform payloads from the adapter fixtures, and
 * malformed records with the reason each must be dead-lettered with. The expectations are written down here,
 * independently of the pipeline's code.
 */
public final class ScriptedStream {

    /** A record to publish. */
    public record Message(String topic, byte[] value) {}

    /** A record the pipeline must dead-letter, with the start of the reason it must give. */
    public record Malformed(String topic, byte[] value, String reasonPrefix) {}

    /** Minute 0 of the script (UTC). */
    public static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

    public static final String CANONICAL_TOPIC = "posts.canonical";

    /** Micro-communities of the canonical posts: {platform, community, micro-community}. */
    private static final String[][] MICRO_COMMUNITIES = {
        {"reddit", "novapay", "novapayhelp"},
        {"reddit", "novapay", "novapaycard"},
        {"discord", "emberfall", "bug-reports"},
    };

    private static final String[] NEGATIVE = {
        "The app is down again and I was charged twice, I want a refund now",
        "Worst update ever, the outage wiped my saved progress. Refund please!",
        "Still no refund after a week, support never answers. Terrible.",
    };
    private static final String[] POSITIVE = {
        "Love the new card design, great job team!",
        "Thanks for the quick fix, everything works perfectly now",
        "Awesome patch, the game runs so smooth :)",
    };

    /** Posts per micro-community per minute: {micro-community index, minute, negative posts, positive posts}. */
    private static final int[][] SCRIPT = {
        {0, 0, 1, 2}, {0, 1, 4, 1}, {0, 2, 6, 0},
        {1, 0, 0, 3}, {1, 2, 1, 1},
        {2, 1, 2, 2}, {2, 2, 3, 1},
    };

    /** Adapter fixtures (test resources) that are valid posts, with their topic. */
    private static final String[][] NATIVE_POSTS = {
        {"posts.mastodon", "fixtures/mastodon/status-local-en.json"},
        {"posts.mastodon", "fixtures/mastodon/status-hashtags-es.json"},
        {"posts.mastodon", "fixtures/mastodon/status-reply.json"},
        {"posts.reddit", "fixtures/reddit/submission-self.json"},
        {"posts.reddit", "fixtures/reddit/comment-reply.json"},
        {"posts.discord", "fixtures/discord/gateway-message-create-reply.json"},
        {"posts.discourse", "fixtures/discourse/post-created-reply.json"},
    };

    private ScriptedStream() {}

    /** The topics the stream uses, each with the payload format the job must be configured with. */
    public static Map<String, String> topicFormats() {
        Map<String, String> formats = new TreeMap<>();
        formats.put(CANONICAL_TOPIC, "canonical");
        formats.put("posts.mastodon", "mastodon");
        formats.put("posts.reddit", "reddit");
        formats.put("posts.discord", "discord");
        formats.put("posts.discourse", "discourse");
        return formats;
    }

    /** Every record, valid and malformed, in publishing order. */
    public static List<Message> messages() {
        List<Message> messages = new ArrayList<>(canonicalPosts());
        for (String[] nativePost : NATIVE_POSTS) {
            messages.add(new Message(nativePost[0], resource(nativePost[1])));
        }
        malformed().forEach(m -> messages.add(new Message(m.topic(), m.value())));
        return messages;
    }

    public static List<Message> canonicalPosts() {
        List<Message> posts = new ArrayList<>();
        int sequence = 0;
        for (int[] line : SCRIPT) {
            String[] micro = MICRO_COMMUNITIES[line[0]];
            Instant minute = START.plus(Duration.ofMinutes(line[1]));
            for (int i = 0; i < line[2] + line[3]; i++) {
                boolean negative = i < line[2];
                String text = (negative ? NEGATIVE : POSITIVE)[i % 3];
                Instant createdAt = minute.plusSeconds(5 + 7L * i);
                sequence++;
                posts.add(new Message(CANONICAL_TOPIC, canonicalJson(micro, sequence, text, createdAt)));
            }
        }
        return posts;
    }

    private static final int LARGE_RECORD_BYTES = 900_000;

    public static List<Malformed> malformed() {
        return List.of(
                new Malformed(CANONICAL_TOPIC, utf8("hello, this is not JSON"), "not JSON: "),
                new Malformed(CANONICAL_TOPIC, utf8("{\"id\":\"scripted:x1\",\"platform\":\"scripted\","
                        + "\"community\":\"c\",\"microCommunity\":\"m\",\"author\":\"a\","
                        + "\"createdAt\":\"2026-11-20T09:00:00Z\"}"), "missing required field: text"),
                new Malformed(CANONICAL_TOPIC, new byte[0], "empty payload"),
                new Malformed("posts.discord", resource("fixtures/discord/gateway-typing-start.json"),
                        "unsupported Discord event type: TYPING_START"),
                // Near Kafka's default 1 MB record limit: its dead letter is larger than that.
                new Malformed(CANONICAL_TOPIC, utf8("<html>" + "x".repeat(LARGE_RECORD_BYTES) + "</html>"),
                        "not JSON: "));
    }

    /** Posts the pipeline must index: every canonical post and every valid native payload. */
    public static long expectedPosts() {
        return canonicalPosts().size() + NATIVE_POSTS.length;
    }

    /** The 1-minute micro-maps the canonical posts make: "community/micro-community@minute" → post count. */
    public static Map<String, Long> expectedCanonicalMicroMaps() {
        Map<String, Long> maps = new TreeMap<>();
        for (int[] line : SCRIPT) {
            String[] micro = MICRO_COMMUNITIES[line[0]];
            maps.merge(micro[1] + "/" + micro[2] + "@" + START.plus(Duration.ofMinutes(line[1])),
                    (long) (line[2] + line[3]), Long::sum);
        }
        return maps;
    }

    /** Communities of the canonical posts. */
    public static List<String> canonicalCommunities() {
        return List.of("novapay", "emberfall");
    }

    private static byte[] canonicalJson(String[] micro, int sequence, String text, Instant createdAt) {
        String id = micro[0] + ":scripted-" + sequence;
        String json = "{\"id\":\"" + id + "\",\"platform\":\"" + micro[0] + "\",\"community\":\"" + micro[1]
                + "\",\"microCommunity\":\"" + micro[2] + "\",\"author\":\"member-" + (sequence % 7)
                + "\",\"text\":\"" + text + "\",\"createdAt\":\"" + createdAt + "\",\"likes\":" + (sequence % 5)
                + ",\"replies\":" + (sequence % 3) + ",\"shares\":0}";
        return utf8(json);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) {
        try (InputStream in = ScriptedStream.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
