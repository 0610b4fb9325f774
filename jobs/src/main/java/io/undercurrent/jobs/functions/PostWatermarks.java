package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.Post;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/** Event time is the post's creation time; bounded out-of-orderness, and idle splits stop holding time back. */
public final class PostWatermarks {

    private PostWatermarks() {}

    public static WatermarkStrategy<Post> strategy(Duration outOfOrderness, Duration idleness) {
        return WatermarkStrategy.<Post>forBoundedOutOfOrderness(outOfOrderness)
                .withTimestampAssigner((post, recordTimestamp) -> post.createdAt)
                .withIdleness(idleness);
    }
}
