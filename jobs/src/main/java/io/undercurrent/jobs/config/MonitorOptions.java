package io.undercurrent.jobs.config;

import static org.apache.flink.configuration.ConfigOptions.key;

import io.undercurrent.jobs.detectors.DetectorSettings;
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

    public static final ConfigOption<Boolean> SOURCE_BOUNDED = key("source.bounded")
            .booleanType()
            .defaultValue(false)
            .withDescription("Stop at the offsets that are the latest when the job starts, instead of running"
                    + " forever: replays a topic's history as one bounded run.");

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

    private static final DetectorSettings DETECTOR_DEFAULTS = DetectorSettings.defaults();

    public static final ConfigOption<Duration> DETECTORS_WARMUP = key("detectors.warmup")
            .durationType()
            .defaultValue(Duration.ofMillis(DETECTOR_DEFAULTS.warmupMs))
            .withDescription("History a micro-community's baselines need before it is judged at all.");

    public static final ConfigOption<Duration> DETECTORS_FALSE_ALARM_INTERVAL = key("detectors.false-alarm-interval")
            .durationType()
            .defaultValue(Duration.ofMillis(DETECTOR_DEFAULTS.falseAlarmIntervalMs))
            .withDescription("How often one signal of one micro-community may alarm on noise alone: alarm levels"
                    + " sit where each series' own history of surprises predicts one false alarm per interval.");

    public static final ConfigOption<Long> DETECTORS_CRISIS_MIN_POSTS = key("detectors.crisis.min-posts")
            .longType()
            .defaultValue(DETECTOR_DEFAULTS.minCrisisPosts)
            .withDescription("Fewer posts than this in one window are never a crisis spike, however negative.");

    public static final ConfigOption<Long> DETECTORS_CRISIS_MIN_AUTHORS = key("detectors.crisis.min-authors")
            .longType()
            .defaultValue(DETECTOR_DEFAULTS.minCrisisAuthors)
            .withDescription("Posts from fewer distinct authors than this in one window are never a crisis spike.");

    public static final ConfigOption<Duration> DETECTORS_RESOLVE_AFTER = key("detectors.resolve-after")
            .durationType()
            .defaultValue(Duration.ofMillis(DETECTOR_DEFAULTS.resolveAfterMs))
            .withDescription("An incident resolves once its signals stay below half their alarm level this long.");

    public static final ConfigOption<Duration> DETECTORS_COOLDOWN = key("detectors.cooldown")
            .durationType()
            .defaultValue(Duration.ofMillis(DETECTOR_DEFAULTS.cooldownMs))
            .withDescription("Firing again this soon after resolving reopens the same incident (same alert id).");

    public static final ConfigOption<String> ALERTS_TOPIC = key("alerts.topic")
            .stringType()
            .defaultValue("undercurrent.alerts")
            .withDescription("Kafka topic receiving every alert update as JSON (schema: schemas/alert.schema.json),"
                    + " keyed by alert id.");

    public static final ConfigOption<String> ALERTS_GRAFANA_URL = key("alerts.grafana-url")
            .stringType()
            .defaultValue("http://localhost:3000")
            .withDescription("Grafana base URL for the dashboard link on each alert.");

    public static final ConfigOption<String> ALERTS_WEBHOOK_ROUTES = key("alerts.webhooks.routes-file")
            .stringType()
            .noDefaultValue()
            .withDescription("YAML file naming the webhooks (Slack-compatible or signed JSON) and the communities"
                    + " each one hears about; no webhooks when unset. Read when the job is built.");

    public static final ConfigOption<Integer> ALERTS_WEBHOOK_QUEUE_CAPACITY = key("alerts.webhooks.queue-capacity")
            .intType()
            .defaultValue(1000)
            .withDescription("Webhook deliveries waiting or retrying per sink subtask; beyond it new ones are"
                    + " dropped (and counted) rather than slowing the job.");

    public static final ConfigOption<Integer> ALERTS_WEBHOOK_MAX_ATTEMPTS = key("alerts.webhooks.max-attempts")
            .intType()
            .defaultValue(6)
            .withDescription("Attempts per webhook delivery before it is given up (and counted).");

    public static final ConfigOption<Duration> ALERTS_WEBHOOK_INITIAL_BACKOFF = key("alerts.webhooks.initial-backoff")
            .durationType()
            .defaultValue(Duration.ofSeconds(1))
            .withDescription("Wait before the first retry of a webhook delivery; doubles with each further one.");

    public static final ConfigOption<Duration> ALERTS_WEBHOOK_MAX_BACKOFF = key("alerts.webhooks.max-backoff")
            .durationType()
            .defaultValue(Duration.ofSeconds(30))
            .withDescription("Longest wait between retries of a webhook delivery.");

    public static final ConfigOption<Duration> ALERTS_WEBHOOK_TIMEOUT = key("alerts.webhooks.timeout")
            .durationType()
            .defaultValue(Duration.ofSeconds(10))
            .withDescription("How long one webhook request may take, connecting included.");

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
