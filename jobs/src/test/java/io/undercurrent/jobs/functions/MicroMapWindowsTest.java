package io.undercurrent.jobs.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.ScoredPost;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.operators.SimpleOperatorFactory;
import org.apache.flink.streaming.api.transformations.OneInputTransformation;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MicroMapWindowsTest {

    private static final long MINUTE = 60_000L;
    private static final long T0 = 1_763_683_200_000L; // 2025-11-21T00:00:00Z, a window boundary

    private KeyedOneInputStreamOperatorTestHarness<String, ScoredPost, MicroMap> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = harnessFor(Duration.ofMinutes(1), Duration.ofMinutes(5));
        harness.open();
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void countsAndMeanSentimentPerMicroCommunityAndWindow() throws Exception {
        send(post("reddit", "gaming", "r/pcgaming", "negative", -0.8), T0 + 1_000);
        send(post("reddit", "gaming", "r/pcgaming", "positive", 0.6), T0 + 20_000);
        send(post("reddit", "gaming", "r/pcgaming", "neutral", 0.1), T0 + 59_999);
        send(post("reddit", "gaming", "r/consoles", "positive", 0.9), T0 + 30_000);
        send(post("reddit", "gaming", "r/pcgaming", "negative", -0.5), T0 + MINUTE); // next window

        harness.processWatermark(T0 + MINUTE - 1);

        List<MicroMap> maps = harness.extractOutputValues();
        assertThat(maps).hasSize(2);
        MicroMap pc = find(maps, "r/pcgaming");
        assertThat(pc.windowStart).isEqualTo(T0);
        assertThat(pc.windowEnd).isEqualTo(T0 + MINUTE);
        assertThat(pc.resolution).isEqualTo("1m");
        assertThat(pc.postCount).isEqualTo(3);
        assertThat(pc.scoredCount).isEqualTo(3);
        assertThat(pc.negativeCount).isEqualTo(1);
        assertThat(pc.neutralCount).isEqualTo(1);
        assertThat(pc.positiveCount).isEqualTo(1);
        assertThat(pc.meanSentiment()).isCloseTo((-0.8 + 0.6 + 0.1) / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pc.platform).isEqualTo("reddit");
        assertThat(pc.community).isEqualTo("gaming");
        assertThat(find(maps, "r/consoles").postCount).isEqualTo(1);
    }

    @Test
    void unsupportedLanguageCountsAsVolumeButNotSentiment() throws Exception {
        send(post("mastodon", "fosstodon.org", "#linux", "unsupported", 0.0), T0 + 5_000);
        send(post("mastodon", "fosstodon.org", "#linux", "negative", -0.6), T0 + 6_000);
        harness.processWatermark(T0 + MINUTE);

        MicroMap map = harness.extractOutputValues().get(0);
        assertThat(map.postCount).isEqualTo(2);
        assertThat(map.scoredCount).isEqualTo(1);
        assertThat(map.meanSentiment()).isEqualTo(-0.6);
        assertThat(map.negativeShare()).isEqualTo(1.0);
    }

    @Test
    void latePostWithinAllowedLatenessRewritesTheSameDocument() throws Exception {
        send(post("discord", "guild-1", "support", "positive", 0.5), T0 + 10_000);
        harness.processWatermark(T0 + 2 * MINUTE);
        send(post("discord", "guild-1", "support", "negative", -0.9), T0 + 50_000); // late, within 5 min

        List<MicroMap> maps = harness.extractOutputValues();
        assertThat(maps).hasSize(2);
        assertThat(maps.get(0).postCount).isEqualTo(1);
        assertThat(maps.get(1).postCount).isEqualTo(2);
        assertThat(maps.get(1).documentId()).isEqualTo(maps.get(0).documentId());
    }

    @Test
    void postLaterThanAllowedLatenessIsDroppedFromTheMap() throws Exception {
        send(post("discord", "guild-1", "support", "positive", 0.5), T0 + 10_000);
        harness.processWatermark(T0 + 7 * MINUTE);
        send(post("discord", "guild-1", "support", "negative", -0.9), T0 + 20_000);

        assertThat(harness.extractOutputValues()).hasSize(1);
        assertThat(harness.extractOutputValues().get(0).postCount).isEqualTo(1);
    }

    @Test
    void resolutionLabelsNameTheWindowLength() {
        assertThat(MicroMapWindowFunction.resolutionLabel(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(MicroMapWindowFunction.resolutionLabel(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(MicroMapWindowFunction.resolutionLabel(Duration.ofHours(1))).isEqualTo("1h");
        assertThat(MicroMapWindowFunction.resolutionLabel(Duration.ofDays(1))).isEqualTo("1d");
    }

    @SuppressWarnings("unchecked")
    private static KeyedOneInputStreamOperatorTestHarness<String, ScoredPost, MicroMap> harnessFor(
            Duration window, Duration lateness) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<ScoredPost> input = env.fromData(post("x", "x", "x", "neutral", 0.0));
        Transformation<MicroMap> transformation = MicroMapWindows.apply(input, window, lateness).getTransformation();
        OneInputStreamOperator<ScoredPost, MicroMap> operator = (OneInputStreamOperator<ScoredPost, MicroMap>)
                ((SimpleOperatorFactory<MicroMap>)
                                ((OneInputTransformation<ScoredPost, MicroMap>) transformation).getOperatorFactory())
                        .getOperator();
        return new KeyedOneInputStreamOperatorTestHarness<>(operator, new MicroCommunityKey(), Types.STRING);
    }

    private void send(ScoredPost post, long timestamp) throws Exception {
        post.post.createdAt = timestamp;
        harness.processElement(post, timestamp);
    }

    private static MicroMap find(List<MicroMap> maps, String microCommunity) {
        return maps.stream().filter(m -> m.microCommunity.equals(microCommunity)).findFirst().orElseThrow();
    }

    private static int sequence;

    private static ScoredPost post(String platform, String community, String micro, String label, double score) {
        Post post = new Post();
        post.id = platform + ":" + (++sequence);
        post.platform = platform;
        post.community = community;
        post.microCommunity = micro;
        post.author = "author-" + sequence;
        post.text = "text " + sequence;
        ScoredPost scored = new ScoredPost();
        scored.post = post;
        scored.label = label;
        scored.score = score;
        return scored;
    }
}
