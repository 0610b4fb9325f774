package io.undercurrent.jobs.config;

import static org.apache.flink.configuration.ConfigOptions.key;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.ConfigOption;

/**
 * Every setting of the monitor, typed and documented. Defaults run the embedded demo. Set them in a YAML file
 * ({@code --config monitor.yaml}) or on the command line ({@code -D key=value}); any Flink option (state backend,
 * checkpoint storage, parallelism) can be set the same way.
 */
public final class MonitorOptions {

    public static final ConfigOption<String> KAFKA_BOOTSTRAP_SERVERS = key("kafka.bootstrap-servers")
            .stringType()
            .defaultValue("localhost:9092")
            .withDescription("Kafka bootstrap servers for posts, dead letters and alerts.");

    public static final ConfigOption<String> KAFKA_GROUP_ID = key("kafka.group-id")
            .stringType()
            .defaultValue("undercurrent-monitor")
            .withDescription("Consumer group of the posts source (offsets live in checkpoints; committed for lag tools).");

    public static final ConfigOption<Map<String, String>> SOURCE_TOPICS = key("source.topics")
            .mapType()
            .defaultValue(Map.of(
                    "posts.canonical", "canonical",
                    "posts.mastodon", "mastodon",
                    "posts.reddit", "reddit",
                    "posts.discord", "discord",
                    "posts.discourse", "discourse"))
            .withDescription("Topics to read, each with the payload format of its records:"
                    + " canonical, mastodon, reddit, discord, discourse or auto.");

    public static final ConfigOption<String> SOURCE_STARTING_OFFSETS = key("source.starting-offsets")
            .stringType()
            .defaultValue("committed-or-earliest")
            .withDescription("Where a new job starts reading: earliest, latest, or committed-or-earliest.");

    public static final ConfigOption<String> DEAD_LETTER_TOPIC = key("dead-letter.topic")
            .stringType()
            .defaultValue("undercurrent.dead-letters")
            .withDescription("Topic receiving records that could not be parsed or indexed, with the reason.");

    public static final ConfigOption<List<String>> ELASTICSEARCH_HOSTS = key("elasticsearch.hosts")
            .stringType()
            .asList()
            .defaultValues("http://localhost:9200")
            .withDescription("Elasticsearch HTTP endpoints.");

    public static final ConfigOption<Integer> ELASTICSEARCH_MAX_BATCH_SIZE = key("elasticsearch.bulk.max-actions")
            .intType()
            .defaultValue(1000)
            .withDescription("Most documents in one bulk request.");

    public static final ConfigOption<Duration> ELASTICSEARCH_MAX_TIME_IN_BUFFER = key("elasticsearch.bulk.max-delay")
            .durationType()
            .defaultValue(Duration.ofSeconds(1))
            .withDescription("Longest a document waits in the sink buffer before a bulk request is sent.");

    public static final ConfigOption<String> SENTIMENT_MODEL = key("sentiment.model")
            .stringType()
            .noDefaultValue()
            .withDescription("Model file written by `sentiment train`; the shipped default model when unset.");

    public static final ConfigOption<Duration> WATERMARK_OUT_OF_ORDERNESS = key("watermark.out-of-orderness")
            .durationType()
            .defaultValue(Duration.ofSeconds(10))
            .withDescription("How far behind the newest post a post may arrive and still be on time.");

    public static final ConfigOption<Duration> WATERMARK_IDLENESS = key("watermark.idleness")
            .durationType()
            .defaultValue(Duration.ofSeconds(30))
            .withDescription("After this long without posts a source split stops holding back event time.");

    public static final ConfigOption<List<Duration>> MICROMAP_RESOLUTIONS = key("micromap.resolutions")
            .durationType()
            .asList()
            .defaultValues(Duration.ofMinutes(1), Duration.ofHours(1))
            .withDeprecatedKeys("micromap.window")
            .withDescription("Lengths of the tumbling event-time windows of micro-maps and health reports, finest"
                    + " first, e.g. '1 min;1 h' (YAML: a list). The finest feeds the detectors.");

    public static final ConfigOption<Duration> MICROMAP_ALLOWED_LATENESS = key("micromap.allowed-lateness")
            .durationType()
            .defaultValue(Duration.ofMinutes(5))
            .withDescription("Late posts within this bound update their window's micro-map document in place.");

    public static final ConfigOption<Integer> MICROMAP_TOPICS = key("micromap.topics")
            .intType()
            .defaultValue(20)
            .withDescription("Topic x sentiment cells per micro-map: the window's most frequent topics.");

    public static final ConfigOption<Integer> MICROMAP_TOPIC_CAPACITY = key("micromap.topic-capacity")
            .intType()
            .defaultValue(256)
            .withDescription("Distinct topics a window counts exactly; beyond it the rarer half is dropped, so state"
                    + " stays bounded while frequent topics keep their counts.");

    public static final ConfigOption<Integer> MICROMAP_EVIDENCE_POSTS = key("micromap.evidence-posts")
            .intType()
            .defaultValue(3)
            .withDescription("Most negative and most engaged posts each micro-map cites as evidence.");

    public static final ConfigOption<String> COMMUNITY_REGISTRY = key("community.registry")
            .stringType()
            .noDefaultValue()
            .withDescription("YAML file of the community registry (names, staff accounts, settings per"
                    + " micro-community); the bundled demo registry when unset.");

    public static final ConfigOption<Duration> HEALTH_MEMBER_MEMORY = key("health.member-memory")
            .durationType()
            .defaultValue(Duration.ofDays(90))
            .withDescription("How long a micro-community remembers an author who stopped posting: one who comes"
                    + " back later counts as a new member again (state TTL, processing time).");

    public static final ConfigOption<Duration> HEALTH_CONVERSATION_MEMORY = key("health.conversation-memory")
            .durationType()
            .defaultValue(Duration.ofDays(1))
            .withDescription("How long a post is remembered for the replies to it (depth, turns, thread); a reply to"
                    + " an older post starts a fresh chain (state TTL, processing time).");

    public static final ConfigOption<Duration> HEALTH_STAFF_RESPONSE_HORIZON = key("health.staff-response-horizon")
            .durationType()
            .defaultValue(Duration.ofDays(2))
            .withDescription("A thread waiting longer than this for a staff reply stops counting as unanswered"
                    + " (event time).");

    public static final ConfigOption<String> JOB_NAME = key("monitor.job-name")
            .stringType()
            .defaultValue("undercurrent-monitor")
            .withDescription("Name of the Flink job.");

    private MonitorOptions() {}
}
