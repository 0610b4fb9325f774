package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.config.MicroMapSettings;
import io.undercurrent.jobs.records.CommunityPost;
import io.undercurrent.jobs.records.MicroMap;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * Micro-maps at one resolution: tumbling event-time windows per micro-community, updated in place by late posts
 * (each late post re-emits its window's map with the same document id).
 */
public final class MicroMapWindows {

    private MicroMapWindows() {}

    public static SingleOutputStreamOperator<MicroMap> apply(
            KeyedStream<CommunityPost, String> posts, Duration window, MicroMapSettings settings) {
        String resolution = MicroMapWindowFunction.resolutionLabel(window);
        return posts.window(TumblingEventTimeWindows.of(window))
                .allowedLateness(settings.allowedLateness())
                .aggregate(new MicroMapAggregator(settings), new MicroMapWindowFunction(window))
                .name("micro-maps-" + resolution)
                .uid("micro-maps-" + resolution);
    }
}
