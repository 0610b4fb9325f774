package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.config.MicroMapSettings;
import io.undercurrent.jobs.records.HealthReport;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.sketches.TopicTally;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Rolls the micro-maps of one window up one level: micro-communities into their community, or communities into
 * all. A late update of a part arrives as a second version of it; only the latest version of each part counts.
 * Unique authors merge their sketches, so an author active in two micro-communities counts once; topics are the
 * most frequent among the parts' top topics.
 *
 * <p>The community level is also where a micro-community's share of its community's volume is known, so it
 * completes the micro-communities' health reports there ({@link #HEALTH_REPORTS}).
 */
public class RollupWindowFunction extends ProcessWindowFunction<MicroMap, MicroMap, String, TimeWindow> {

    public static final OutputTag<HealthReport> HEALTH_REPORTS =
            new OutputTag<>("health-reports", TypeInformation.of(HealthReport.class));

    private final MicroMap.Scope scope;
    private final String resolution;
    private final int topics;
    private final int topicCapacity;
    private final int evidencePosts;

    public RollupWindowFunction(MicroMap.Scope scope, Duration window, MicroMapSettings settings) {
        if (scope == MicroMap.Scope.MICRO_COMMUNITY) {
            throw new IllegalArgumentException("Roll-ups are to communities or to all communities");
        }
        this.scope = scope;
        this.resolution = MicroMapWindowFunction.resolutionLabel(window);
        this.topics = settings.topics();
        this.topicCapacity = settings.topicCapacity();
        this.evidencePosts = settings.evidencePosts();
    }

    @Override
    public void process(String key, Context context, Iterable<MicroMap> versions, Collector<MicroMap> out) {
        Map<String, MicroMap> parts = new LinkedHashMap<>();
        for (MicroMap version : versions) {
            parts.put(version.key(), version); // window state keeps arrival order: the last version is the latest
        }
        MicroMap total = MicroMap.empty();
        TopicTally tally = new TopicTally();
        for (MicroMap part : parts.values()) {
            if (scope == MicroMap.Scope.COMMUNITY) {
                total.platform = part.platform;
                total.community = part.community;
            }
            MicroMapSums.add(total, part, evidencePosts);
            tally.addAll(part.topics, topicCapacity);
        }
        total.topics = tally.top(topics);
        MicroMapWindowFunction.stamp(total, resolution, context.window());
        out.collect(total);
        if (scope == MicroMap.Scope.COMMUNITY) {
            for (MicroMap part : parts.values()) {
                context.output(HEALTH_REPORTS, HealthReport.of(part, total.postCount));
            }
        }
    }
}
