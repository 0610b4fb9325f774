package io.undercurrent.jobs.config;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.Configuration;

/**
 * How micro-maps and health reports are computed; read once from the configuration.
 *
 * @param resolutions window lengths, finest first
 * @param allowedLateness how long after its end a window still takes late posts
 * @param topics topic cells per micro-map
 * @param topicCapacity distinct topics a window counts exactly
 * @param evidencePosts most negative and most engaged posts cited per micro-map
 * @param memberMemory how long an author who stopped posting is remembered
 * @param conversationMemory how long a post is remembered for replies to it
 * @param staffResponseHorizon how long a thread can wait for staff and still count as unanswered
 */
public record MicroMapSettings(
        List<Duration> resolutions,
        Duration allowedLateness,
        int topics,
        int topicCapacity,
        int evidencePosts,
        Duration memberMemory,
        Duration conversationMemory,
        Duration staffResponseHorizon) implements Serializable {

    public MicroMapSettings {
        resolutions = resolutions.stream().sorted().distinct().toList();
        if (resolutions.isEmpty()) {
            throw new IllegalArgumentException("micromap.resolutions needs at least one window length");
        }
        for (Duration resolution : resolutions) {
            if (resolution.isNegative() || resolution.isZero() || resolution.toMillis() % 1000 != 0) {
                throw new IllegalArgumentException("micromap.resolutions: " + resolution
                        + " is not a positive whole number of seconds");
            }
        }
        if (topics < 0 || topicCapacity < 2 * topics || evidencePosts < 0) {
            throw new IllegalArgumentException("micromap.topics must be >= 0, micromap.topic-capacity at least twice"
                    + " micromap.topics, micromap.evidence-posts >= 0");
        }
    }

    public static MicroMapSettings from(Configuration config) {
        return new MicroMapSettings(
                config.get(MonitorOptions.MICROMAP_RESOLUTIONS),
                config.get(MonitorOptions.MICROMAP_ALLOWED_LATENESS),
                config.get(MonitorOptions.MICROMAP_TOPICS),
                config.get(MonitorOptions.MICROMAP_TOPIC_CAPACITY),
                config.get(MonitorOptions.MICROMAP_EVIDENCE_POSTS),
                config.get(MonitorOptions.HEALTH_MEMBER_MEMORY),
                config.get(MonitorOptions.HEALTH_CONVERSATION_MEMORY),
                config.get(MonitorOptions.HEALTH_STAFF_RESPONSE_HORIZON));
    }

    /** The defaults of {@link MonitorOptions}. */
    public static MicroMapSettings defaults() {
        return from(new Configuration());
    }

    public Duration finest() {
        return resolutions.get(0);
    }
}
