package io.undercurrent.jobs.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.DeadLetter;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.RawRecord;
import io.undercurrent.jobs.sources.Fixtures;
import io.undercurrent.jobs.sources.PostAdapter;
import io.undercurrent.jobs.sources.PostFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.apache.flink.runtime.metrics.groups.InternalOperatorMetricGroup;
import org.apache.flink.runtime.metrics.groups.UnregisteredMetricGroups;
import org.apache.flink.runtime.metrics.util.InterceptingOperatorMetricGroup;
import org.apache.flink.runtime.operators.testutils.MockEnvironment;
import org.apache.flink.runtime.operators.testutils.MockEnvironmentBuilder;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParsePostFunctionTest {

    private static final long NOW = 1_712_650_000_000L;
    private static final Map<String, PostFormat> TOPICS = Map.of(
            "posts.mastodon", PostFormat.MASTODON,
            "posts.reddit", PostFormat.REDDIT,
            "posts.discord", PostFormat.DISCORD);

    private final InterceptingOperatorMetricGroup metrics = new InterceptingOperatorMetricGroup();
    private OneInputStreamOperatorTestHarness<RawRecord, Post> harness;

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    @Test
    void postsOfEachTopicAreParsedWithTheTopicsFormat() throws Exception {
        open(new ParsePostFunction(TOPICS));

        process("posts.mastodon", 0, 10, Fixtures.bytes("mastodon/status-reply.json"));
        process("posts.reddit", 1, 11, Fixtures.bytes("reddit/comment-reply.json"));
        process("posts.discord", 0, 12, Fixtures.bytes("discord/gateway-message-create-reply.json"));

        assertThat(harness.extractOutputValues()).extracting(post -> post.id).containsExactly(
                "mastodon:mastodon.social:112233445566778899", "reddit:t1_kyq0f3m", "discord:1227340843234525185");
        assertThat(deadLetters()).isEmpty();
        assertThat(counter("postsParsed")).isEqualTo(3);
        assertThat(counter("postsDeadLettered")).isZero();
    }

    @Test
    void topicWithoutAFormatIsRecognisedByShape() throws Exception {
        open(new ParsePostFunction(TOPICS));

        process("posts.elsewhere", 0, 1, Fixtures.bytes("discourse/post-created-reply.json"));

        assertThat(harness.extractOutputValues()).extracting(post -> post.id)
                .containsExactly("discourse:discourse:3307:4");
    }

    @Test
    void badRecordsBecomeDeadLettersWithReasonOriginAndOriginalBytes() throws Exception {
        open(new ParsePostFunction(TOPICS));
        byte[] notJson = "hello".getBytes(StandardCharsets.UTF_8);
        byte[] wrongFormat = Fixtures.bytes("reddit/comment-reply.json");
        byte[] typing = Fixtures.bytes("discord/gateway-typing-start.json");

        process("posts.reddit", 2, 17, notJson);
        process("posts.mastodon", 0, 18, wrongFormat);
        process("posts.discord", 1, 19, typing);
        process("posts.discord", 1, 20, new byte[0]);

        assertThat(harness.extractOutputValues()).isEmpty();
        List<DeadLetter> deadLetters = deadLetters();
        assertThat(deadLetters).extracting(d -> d.reason).containsExactly(
                "not JSON: Unrecognized token 'hello': was expecting (JSON String, Number, Array, Object or token"
                        + " 'null', 'true' or 'false') at line 1 column 6",
                "missing required field: uri",
                "unsupported Discord event type: TYPING_START",
                "empty payload");
        assertThat(deadLetters).extracting(d -> d.origin).containsExactly(
                "posts.reddit/2/17", "posts.mastodon/0/18", "posts.discord/1/19", "posts.discord/1/20");
        assertThat(deadLetters).extracting(d -> d.payload).containsExactly(notJson, wrongFormat, typing, new byte[0]);
        assertThat(deadLetters).allSatisfy(d -> {
            assertThat(d.stage).isEqualTo("parse");
            assertThat(d.rejectedAt).isEqualTo(NOW);
        });
        assertThat(counter("postsParsed")).isZero();
        assertThat(counter("postsDeadLettered")).isEqualTo(4);
    }

    @Test
    void goodAndBadRecordsInterleavedLoseNothing() throws Exception {
        open(new ParsePostFunction(TOPICS));

        process("posts.reddit", 0, 1, Fixtures.bytes("reddit/submission-self.json"));
        process("posts.reddit", 0, 2, "{\"kind\":\"t5\",\"data\":{}}".getBytes(StandardCharsets.UTF_8));
        process("posts.reddit", 0, 3, Fixtures.bytes("reddit/comment-reply.json"));

        assertThat(harness.extractOutputValues()).extracting(post -> post.id)
                .containsExactly("reddit:t3_1bz4k2x", "reddit:t1_kyq0f3m");
        assertThat(deadLetters()).extracting(d -> d.origin + " " + d.reason)
                .containsExactly("posts.reddit/0/2 unsupported Reddit kind: t5 (expected t1 comment or t3 submission)");
    }

    @Test
    void anAdapterBugDeadLettersTheRecordInsteadOfFailingTheJob() throws Exception {
        PostAdapter buggy = payload -> {
            throw new IllegalStateException("index 3 out of bounds");
        };
        open(new ParsePostFunction(TOPICS, buggy));
        byte[] payload = Fixtures.bytes("canonical/post.json");

        process("posts.unknown", 4, 99, payload);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.reason).isEqualTo("adapter error: java.lang.IllegalStateException: index 3 out of bounds");
            assertThat(d.origin).isEqualTo("posts.unknown/4/99");
            assertThat(d.payload).isEqualTo(payload);
        });
        assertThat(counter("postsDeadLettered")).isEqualTo(1);
    }

    @Test
    void survivesTheSerializationFlinkShipsItWith() throws Exception {
        ParsePostFunction shipped = InstantiationUtil.clone(new ParsePostFunction(TOPICS));
        open(shipped);

        process("posts.reddit", 0, 1, Fixtures.bytes("reddit/submission-self.json"));
        process("posts.elsewhere", 0, 2, Fixtures.bytes("mastodon/status-reblog.json"));

        assertThat(harness.extractOutputValues()).extracting(post -> post.id)
                .containsExactly("reddit:t3_1bz4k2x", "mastodon:hachyderm.io:112233441111111111");
    }

    private void open(ParsePostFunction function) throws Exception {
        MockEnvironment environment = new MockEnvironmentBuilder()
                .setMetricGroup(new UnregisteredMetricGroups.UnregisteredTaskMetricGroup() {
                    @Override
                    public InternalOperatorMetricGroup getOrAddOperator(OperatorID id, String name,
                            Map<String, String> additionalVariables) {
                        return metrics;
                    }
                })
                .build();
        harness = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(function), environment);
        harness.setProcessingTime(NOW);
        harness.open();
    }

    private void process(String topic, int partition, long offset, byte[] payload) throws Exception {
        harness.processElement(new StreamRecord<>(new RawRecord(topic, partition, offset, NOW - 5, payload)));
    }

    private List<DeadLetter> deadLetters() {
        return harness.getSideOutput(ParsePostFunction.DEAD_LETTERS) == null ? List.of()
                : harness.getSideOutput(ParsePostFunction.DEAD_LETTERS).stream()
                        .map(StreamRecord::getValue)
                        .collect(Collectors.toList());
    }

    private long counter(String name) {
        return ((Counter) metrics.get(name)).getCount();
    }
}
