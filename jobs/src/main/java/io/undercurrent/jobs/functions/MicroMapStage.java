package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.config.CommunityRegistry;
import io.undercurrent.jobs.config.MicroMapSettings;
import io.undercurrent.jobs.records.CommunityPost;
import io.undercurrent.jobs.records.HealthReport;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.ScoredPost;
import java.time.Duration;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The micro-map stage, from scored posts to what the micro-map and health indices hold:
 *
 * <ol>
 *   <li>the conversation tracker annotates each post with its micro-community's history (members, threads,
 *       staff waits);</li>
 *   <li>per resolution, micro-map windows per micro-community, chained to the tracker (same keys, no shuffle);</li>
 *   <li>roll-ups of each resolution's maps to communities, which also complete the health reports with share of
 *       voice, and on to all communities.</li>
 * </ol>
 */
public final class MicroMapStage {

    /**
     * What the stage produces.
     *
     * @param finest the micro-communities' maps at the finest resolution: what the detectors read
     * @param maps every map of every resolution and scope, for the micro-map index
     * @param health the micro-communities' health reports of every resolution, for the health index
     */
    public record Outputs(DataStream<MicroMap> finest, DataStream<MicroMap> maps, DataStream<HealthReport> health) {}

    private MicroMapStage() {}

    public static Outputs apply(DataStream<ScoredPost> scored, MicroMapSettings settings, CommunityRegistry registry) {
        DataStream<CommunityPost> annotated = scored.keyBy(new MicroCommunityKey())
                .process(new ConversationTracker(registry, settings))
                .name("track-conversations")
                .uid("track-conversations");
        KeyedStream<CommunityPost, String> byMicroCommunity =
                DataStreamUtils.reinterpretAsKeyedStream(annotated, new CommunityPostKey());

        DataStream<MicroMap> finest = null;
        DataStream<MicroMap> maps = null;
        DataStream<HealthReport> health = null;
        for (Duration window : settings.resolutions()) {
            SingleOutputStreamOperator<MicroMap> micro = MicroMapWindows.apply(byMicroCommunity, window, settings);
            SingleOutputStreamOperator<MicroMap> communities =
                    rollUp(micro, new CommunityOfMap(), MicroMap.Scope.COMMUNITY, window, settings);
            SingleOutputStreamOperator<MicroMap> all =
                    rollUp(communities, new AllCommunities(), MicroMap.Scope.ALL, window, settings);
            DataStream<HealthReport> reports = communities.getSideOutput(RollupWindowFunction.HEALTH_REPORTS);

            finest = finest == null ? micro : finest;
            maps = maps == null ? micro.union(communities, all) : maps.union(micro, communities, all);
            health = health == null ? reports : health.union(reports);
        }
        return new Outputs(finest, maps, health);
    }

    static SingleOutputStreamOperator<MicroMap> rollUp(DataStream<MicroMap> parts,
            KeySelector<MicroMap, String> key, MicroMap.Scope scope, Duration window, MicroMapSettings settings) {
        String name = (scope == MicroMap.Scope.COMMUNITY ? "community-maps-" : "all-communities-maps-")
                + MicroMapWindowFunction.resolutionLabel(window);
        return parts.keyBy(key)
                .window(TumblingEventTimeWindows.of(window))
                .allowedLateness(settings.allowedLateness())
                .process(new RollupWindowFunction(scope, window, settings))
                .name(name)
                .uid(name);
    }

    /** One key for every community map: the roll-up to all communities. */
    static final class AllCommunities implements KeySelector<MicroMap, String> {
        @Override
        public String getKey(MicroMap map) {
            return "all";
        }
    }

    /** Keys a micro-map by its community: {@code platform/community}. */
    static final class CommunityOfMap implements KeySelector<MicroMap, String> {
        @Override
        public String getKey(MicroMap map) {
            return map.platform + "/" + map.community;
        }
    }
}
