package io.undercurrent.jobs.functions;

import static io.undercurrent.jobs.functions.MicroMapWindowsTest.MINUTE;
import static io.undercurrent.jobs.functions.MicroMapWindowsTest.SETTINGS;
import static io.undercurrent.jobs.functions.MicroMapWindowsTest.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.CommunityPost;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.Post;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkGeneratorSupplier;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.runtime.event.WatermarkEvent;
import org.apache.flink.streaming.runtime.io.PushingAsyncDataInput;
import org.apache.flink.streaming.runtime.streamrecord.LatencyMarker;
import org.apache.flink.streaming.runtime.streamrecord.RecordAttributes;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.StatusWatermarkValve;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;
import org.apache.flink.util.clock.ManualClock;
import org.apache.flink.util.clock.RelativeClock;
import org.junit.jupiter.api.Test;

/**
 * A Kafka partition that stops receiving posts must not hold the micro-maps back: its split goes idle after the
 * idleness timeout, and the micro-map windows then close on the watermark of the partitions still active.
 */
class IdlePartitionsTest {

    private static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(10);
    private static final Duration IDLENESS = Duration.ofSeconds(30);

    @Test
    void aSilentSplitIsMarkedIdleAfterTheIdlenessTimeout() {
        ManualClock clock = new ManualClock(Duration.ofHours(1).toNanos()); // relative clocks never read 0
        WatermarkGenerator<Post> generator = PostWatermarks.strategy(OUT_OF_ORDERNESS, IDLENESS)
                .createWatermarkGenerator(contextWith(clock));
        RecordingOutput output = new RecordingOutput();

        Post post = TestPosts.in("reddit", "novapay", "novapay").at(T0 + 5_000).post().post;
        generator.onEvent(post, post.createdAt, output);
        generator.onPeriodicEmit(output);
        generator.onPeriodicEmit(output); // the first check without a new post starts the silence
        clock.advanceTime(IDLENESS.minusSeconds(1));
        generator.onPeriodicEmit(output);
        assertThat(output.idle).as("silent for less than the timeout").isFalse();
        clock.advanceTime(Duration.ofSeconds(2));
        generator.onPeriodicEmit(output);

        assertThat(output.watermarks).first().isEqualTo(T0 + 5_000 - OUT_OF_ORDERNESS.toMillis() - 1);
        assertThat(output.idle).isTrue();
    }

    @Test
    void windowsCloseOnTheActivePartitionsOnceTheOtherGoesIdle() throws Exception {
        try (TwoPartitions partitions = new TwoPartitions()) {
            partitions.windows.processElement(record(TestPosts.in("reddit", "novapay", "novapay").at(T0 + 1_000)));
            partitions.watermark(0, T0 + MINUTE);
            assertThat(partitions.windows.extractOutputValues()).as("partition 1 still holds event time back")
                    .isEmpty();

            partitions.idle(1);

            assertThat(partitions.windows.extractOutputValues()).singleElement().satisfies(map -> {
                assertThat(map.windowStart).isEqualTo(T0);
                assertThat(map.postCount).isEqualTo(1);
            });
        }
    }

    @Test
    void anActiveButSlowPartitionHoldsTheWindowsBack() throws Exception {
        try (TwoPartitions partitions = new TwoPartitions()) {
            partitions.windows.processElement(record(TestPosts.in("reddit", "novapay", "novapay").at(T0 + 1_000)));
            partitions.watermark(0, T0 + MINUTE);
            partitions.watermark(1, T0 + 30_000);

            assertThat(partitions.windows.extractOutputValues()).isEmpty();
        }
    }

    /**
     * The micro-map windows behind two input partitions, their watermarks and idleness combined by Flink's own
     * valve as a task does it: the windows see the smallest watermark of the partitions that are not idle.
     */
    private static final class TwoPartitions implements AutoCloseable {
        final KeyedOneInputStreamOperatorTestHarness<String, CommunityPost, MicroMap> windows;
        private final StatusWatermarkValve valve = new StatusWatermarkValve(2);
        private final PushingAsyncDataInput.DataOutput<CommunityPost> toWindows;

        TwoPartitions() throws Exception {
            windows = new KeyedOneInputStreamOperatorTestHarness<>(
                    StageHarness.windowOperator(SETTINGS, SETTINGS.finest()), new CommunityPostKey(), Types.STRING);
            windows.open();
            toWindows = new PushingAsyncDataInput.DataOutput<>() {
                @Override
                public void emitRecord(StreamRecord<CommunityPost> record) throws Exception {
                    windows.processElement(record);
                }

                @Override
                public void emitWatermark(org.apache.flink.streaming.api.watermark.Watermark watermark)
                        throws Exception {
                    windows.processWatermark(watermark);
                }

                @Override
                public void emitWatermarkStatus(WatermarkStatus status) throws Exception {
                    windows.processWatermarkStatus(status);
                }

                @Override
                public void emitLatencyMarker(LatencyMarker marker) {}

                @Override
                public void emitRecordAttributes(RecordAttributes attributes) {}

                @Override
                public void emitWatermark(WatermarkEvent watermark) {}
            };
        }

        void watermark(int partition, long time) throws Exception {
            valve.inputWatermark(new org.apache.flink.streaming.api.watermark.Watermark(time), partition, toWindows);
        }

        void idle(int partition) throws Exception {
            valve.inputWatermarkStatus(WatermarkStatus.IDLE, partition, toWindows);
        }

        @Override
        public void close() throws Exception {
            windows.close();
        }
    }

    private static StreamRecord<CommunityPost> record(TestPosts post) {
        CommunityPost annotated = new CommunityPost();
        annotated.scored = post.post();
        annotated.threadId = annotated.scored.post.id;
        annotated.turns = 1;
        return new StreamRecord<>(annotated, annotated.scored.post.createdAt);
    }

    private static WatermarkGeneratorSupplier.Context contextWith(RelativeClock clock) {
        return new WatermarkGeneratorSupplier.Context() {
            @Override
            public MetricGroup getMetricGroup() {
                return new UnregisteredMetricsGroup();
            }

            @Override
            public RelativeClock getInputActivityClock() {
                return clock;
            }
        };
    }

    private static final class RecordingOutput implements WatermarkOutput {
        final List<Long> watermarks = new ArrayList<>();
        boolean idle;

        @Override
        public void emitWatermark(Watermark watermark) {
            watermarks.add(watermark.getTimestamp());
            idle = false;
        }

        @Override
        public void markIdle() {
            idle = true;
        }

        @Override
        public void markActive() {
            idle = false;
        }
    }
}
