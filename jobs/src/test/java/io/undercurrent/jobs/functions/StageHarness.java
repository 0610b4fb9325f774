package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.config.CommunityRegistry;
import io.undercurrent.jobs.config.MicroMapSettings;
import io.undercurrent.jobs.records.CommunityPost;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.ScoredPost;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.operators.SimpleOperatorFactory;
import org.apache.flink.streaming.api.transformations.OneInputTransformation;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/**
 * The conversation tracker and the micro-map windows of one resolution in operator test harnesses, wired as the
 * stage wires them (the tracker's output goes straight into the windows), driven in event time.
 */
final class StageHarness implements AutoCloseable {

    final KeyedOneInputStreamOperatorTestHarness<String, ScoredPost, CommunityPost> tracker;
    final KeyedOneInputStreamOperatorTestHarness<String, CommunityPost, MicroMap> windows;

    StageHarness(MicroMapSettings settings, CommunityRegistry registry) throws Exception {
        this(settings, registry, settings.finest());
    }

    StageHarness(MicroMapSettings settings, CommunityRegistry registry, Duration window) throws Exception {
        tracker = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new ConversationTracker(registry, settings)),
                new MicroCommunityKey(), Types.STRING);
        windows = new KeyedOneInputStreamOperatorTestHarness<>(
                windowOperator(settings, window), new CommunityPostKey(), Types.STRING);
        tracker.open();
        windows.open();
    }

    /** Sends a post at its creation time. */
    void send(ScoredPost post) throws Exception {
        tracker.processElement(post, post.post.createdAt);
        forwardTrackerOutput();
    }

    void send(TestPosts post) throws Exception {
        send(post.post());
    }

    void watermark(long time) throws Exception {
        tracker.processWatermark(time);
        forwardTrackerOutput();
        windows.processWatermark(time);
    }

    /** The processing time state TTLs see. */
    void setStateClock(long processingTime) {
        tracker.setStateTtlProcessingTime(processingTime);
    }

    /** Every map emitted so far, in order (a late update is a later element with the same document id). */
    List<MicroMap> maps() {
        return windows.extractOutputValues();
    }

    /** The latest version of the micro-community's map of the window starting at {@code windowStart}. */
    MicroMap latest(String microCommunity, long windowStart) {
        List<MicroMap> versions = maps().stream()
                .filter(m -> m.microCommunity.equals(microCommunity) && m.windowStart == windowStart)
                .toList();
        if (versions.isEmpty()) {
            throw new AssertionError("no micro-map of " + microCommunity + " at " + windowStart + " in " + maps());
        }
        return versions.get(versions.size() - 1);
    }

    @Override
    public void close() throws Exception {
        tracker.close();
        windows.close();
    }

    @SuppressWarnings("unchecked")
    private void forwardTrackerOutput() throws Exception {
        Object element;
        while ((element = tracker.getOutput().poll()) != null) {
            if (element instanceof StreamRecord<?> record) {
                windows.processElement((StreamRecord<CommunityPost>) record);
            }
        }
    }

    /** The window operator exactly as {@link MicroMapWindows} builds it. */
    @SuppressWarnings("unchecked")
    static OneInputStreamOperator<CommunityPost, MicroMap> windowOperator(MicroMapSettings settings, Duration window) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<CommunityPost> input = env.fromData(List.of(new CommunityPost()), TypeInformation.of(CommunityPost.class));
        Transformation<MicroMap> transformation = MicroMapWindows.apply(
                DataStreamUtils.reinterpretAsKeyedStream(input, new CommunityPostKey()), window, settings)
                .getTransformation();
        return (OneInputStreamOperator<CommunityPost, MicroMap>)
                ((SimpleOperatorFactory<MicroMap>)
                        ((OneInputTransformation<CommunityPost, MicroMap>) transformation).getOperatorFactory())
                .getOperator();
    }
}
