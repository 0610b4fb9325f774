package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.ScoredPost;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/** The micro-map stage: tumbling event-time windows per micro-community, updated in place by late posts. */
public final class MicroMapWindows {

    private MicroMapWindows() {}

    public static SingleOutputStreamOperator<MicroMap> apply(
            DataStream<ScoredPost> scored, Duration window, Duration allowedLateness) {
        String resolution = MicroMapWindowFunction.resolutionLabel(window);
        return scored.keyBy(new MicroCommunityKey())
                .window(TumblingEventTimeWindows.of(window))
                .allowedLateness(allowedLateness)
                .aggregate(new MicroMapAggregator(), new MicroMapWindowFunction(window))
                .name("micro-maps-" + resolution)
                .uid("micro-maps-" + resolution);
    }
}
