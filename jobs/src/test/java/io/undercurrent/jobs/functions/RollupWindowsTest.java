package io.undercurrent.jobs.functions;

import static io.undercurrent.jobs.functions.MicroMapWindowsTest.MINUTE;
import static io.undercurrent.jobs.functions.MicroMapWindowsTest.SETTINGS;
import static io.undercurrent.jobs.functions.MicroMapWindowsTest.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.undercurrent.jobs.config.CommunityRegistry;
import io.undercurrent.jobs.records.HealthReport;
import io.undercurrent.jobs.records.MicroMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.operators.SimpleOperatorFactory;
import org.apache.flink.streaming.api.transformations.OneInputTransformation;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Roll-ups of micro-maps to communities and to all communities, and the share of voice they give health. */
class RollupWindowsTest {

    private StageHarness stage;
    private KeyedOneInputStreamOperatorTestHarness<String, MicroMap, MicroMap> communities;
    private KeyedOneInputStreamOperatorTestHarness<String, MicroMap, MicroMap> all;
    private final List<MicroMap> communityMaps = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        stage = new StageHarness(SETTINGS, CommunityRegistry.parse("", "test"));
        communities = rollUpHarness(new MicroMapStage.CommunityOfMap(), MicroMap.Scope.COMMUNITY);
        all = rollUpHarness(new MicroMapStage.AllCommunities(), MicroMap.Scope.ALL);
    }

    @AfterEach
    void tearDown() throws Exception {
        stage.close();
        communities.close();
        all.close();
    }

    @Test
    void aCommunityMapAddsUpItsMicroCommunities() throws Exception {
        stage.send(novapay("novapay").by("ann").score(-0.8).topics("refund", "app").engagement(5, 1, 0)
                .id("n1").at(T0 + 1_000));
        stage.send(novapay("novapay").by("bob").score(-0.4).topics("refund").id("n2").at(T0 + 2_000));
        stage.send(novapay("novapayhelp").by("ann").score(0.6).topics("app").engagement(9, 0, 0).id("h1")
                .at(T0 + 3_000));
        stage.send(novapay("novapayhelp").by("cy").unsupportedLanguage().topics("app").id("h2").at(T0 + 4_000));
        advance(T0 + MINUTE);

        MicroMap community = only(communityMaps);
        assertThat(community.scope()).isEqualTo(MicroMap.Scope.COMMUNITY);
        assertThat(community.microCommunity).isNull();
        assertThat(community.documentId()).isEqualTo("1m:reddit:novapay:*:" + T0);
        assertThat(community.windowStart).isEqualTo(T0);
        assertThat(community.postCount).isEqualTo(4);
        assertThat(community.scoredCount).isEqualTo(3);
        assertThat(community.meanSentiment()).isCloseTo((-0.8 - 0.4 + 0.6) / 3, within(1e-12));
        assertThat(community.uniqueAuthors).as("ann posted in both").isEqualTo(3);
        assertThat(community.likes).isEqualTo(14);
        assertThat(community.topics).extracting(cell -> cell.topic).containsExactly("app", "refund");
        assertThat(community.topics[0].count).isEqualTo(3);
        assertThat(community.topics[0].meanSentiment()).isCloseTo((-0.8 + 0.6) / 2, within(1e-12));
        assertThat(community.mostNegative).extracting(e -> e.id).containsExactly("n1", "n2");
        assertThat(community.mostEngaged).extracting(e -> e.id).containsExactly("h1", "n1");
        assertThat(community.health).isNull();
    }

    @Test
    void healthReportsGetEachMicroCommunitysShareOfVoice() throws Exception {
        for (int i = 0; i < 6; i++) {
            stage.send(novapay("novapay").at(T0 + 1_000 + i));
        }
        for (int i = 0; i < 3; i++) {
            stage.send(novapay("novapayhelp").at(T0 + 1_000 + i));
        }
        stage.send(novapay("novapaycard").at(T0 + 1_000));
        stage.send(TestPosts.in("mastodon", "lakeside.social", "#cycling").at(T0 + 1_000));
        advance(T0 + MINUTE);

        List<HealthReport> reports = healthReports();
        assertThat(reports).hasSize(4);
        assertThat(share(reports, "novapay")).isCloseTo(0.6, within(1e-12));
        assertThat(share(reports, "novapayhelp")).isCloseTo(0.3, within(1e-12));
        assertThat(share(reports, "novapaycard")).isCloseTo(0.1, within(1e-12));
        assertThat(share(reports, "#cycling")).isEqualTo(1.0);
        assertThat(reports).filteredOn(r -> r.community.equals("novapay"))
                .allSatisfy(r -> assertThat(r.communityPostCount).isEqualTo(10));
    }

    @Test
    void aLateUpdateReplacesItsMicroCommunityInTheRollUpAndRedistributesTheShares() throws Exception {
        stage.send(novapay("novapay").at(T0 + 1_000));
        stage.send(novapay("novapayhelp").at(T0 + 2_000));
        advance(T0 + 2 * MINUTE);
        stage.send(novapay("novapay").at(T0 + 30_000)); // late, within the allowed lateness
        stage.send(novapay("novapay").at(T0 + 40_000));
        advance(T0 + 2 * MINUTE + 1);

        List<MicroMap> versions = communityMaps;
        assertThat(versions).extracting(map -> map.postCount).containsExactly(2L, 3L, 4L);
        assertThat(versions).extracting(MicroMap::documentId).containsOnly(versions.get(0).documentId());
        List<HealthReport> reports = healthReports();
        HealthReport latestHelp = reports.stream().filter(r -> r.microCommunity.equals("novapayhelp"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(latestHelp.shareOfVoice).isEqualTo(0.25);
        assertThat(latestHelp.documentId()).isEqualTo("1m:reddit:novapay:novapayhelp:" + T0);
    }

    @Test
    void theAllCommunitiesMapAddsUpEveryCommunity() throws Exception {
        stage.send(novapay("novapay").by("ann").score(-0.5).at(T0 + 1_000));
        stage.send(novapay("novapayhelp").by("bob").score(-0.5).at(T0 + 1_000));
        stage.send(TestPosts.in("mastodon", "lakeside.social", "#cycling").by("ann").score(0.5).at(T0 + 1_000));
        stage.send(novapay("novapay").by("dee").score(0.1).at(T0 + MINUTE + 1_000)); // next window
        advance(T0 + 2 * MINUTE);

        List<MicroMap> totals = all.extractOutputValues();
        assertThat(totals).hasSize(2);
        MicroMap first = totals.get(0);
        assertThat(first.scope()).isEqualTo(MicroMap.Scope.ALL);
        assertThat(first.platform).isNull();
        assertThat(first.community).isNull();
        assertThat(first.documentId()).isEqualTo("1m:*:*:*:" + T0);
        assertThat(first.postCount).isEqualTo(3);
        assertThat(first.uniqueAuthors).as("ann on two platforms is one handle").isEqualTo(2);
        assertThat(first.negativeCount).isEqualTo(2);
        assertThat(totals.get(1).postCount).isEqualTo(1);
    }

    /** Moves event time on through all three levels, as watermarks flow through the job. */
    private void advance(long watermark) throws Exception {
        stage.watermark(watermark);
        forward(stage.windows, communities);
        communities.processWatermark(watermark);
        communityMaps.addAll(forward(communities, all));
        all.processWatermark(watermark);
    }

    /** Hands what {@code from} emitted to {@code to}, as the job's channels do, and returns it. */
    @SuppressWarnings("unchecked")
    private static List<MicroMap> forward(KeyedOneInputStreamOperatorTestHarness<String, ?, MicroMap> from,
            KeyedOneInputStreamOperatorTestHarness<String, MicroMap, MicroMap> to) throws Exception {
        List<MicroMap> forwarded = new ArrayList<>();
        Object element;
        while ((element = from.getOutput().poll()) != null) {
            if (element instanceof StreamRecord<?> record) {
                to.processElement((StreamRecord<MicroMap>) record);
                forwarded.add((MicroMap) record.getValue());
            }
        }
        return forwarded;
    }

    private List<HealthReport> healthReports() {
        return communities.getSideOutput(RollupWindowFunction.HEALTH_REPORTS).stream()
                .map(StreamRecord::getValue)
                .toList();
    }

    private static double share(List<HealthReport> reports, String microCommunity) {
        return reports.stream().filter(r -> r.microCommunity.equals(microCommunity)).findFirst().orElseThrow()
                .shareOfVoice;
    }

    private static MicroMap only(List<MicroMap> maps) {
        assertThat(maps).hasSize(1);
        return maps.get(0);
    }

    private static TestPosts novapay(String microCommunity) {
        return TestPosts.in("reddit", "novapay", microCommunity);
    }

    @SuppressWarnings("unchecked")
    private static KeyedOneInputStreamOperatorTestHarness<String, MicroMap, MicroMap> rollUpHarness(
            KeySelector<MicroMap, String> key, MicroMap.Scope scope) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<MicroMap> input = env.fromData(List.of(new MicroMap()), TypeInformation.of(MicroMap.class));
        OneInputTransformation<MicroMap, MicroMap> transformation = (OneInputTransformation<MicroMap, MicroMap>)
                MicroMapStage.rollUp(input, key, scope, Duration.ofMinutes(1), SETTINGS).getTransformation();
        OneInputStreamOperator<MicroMap, MicroMap> operator = (OneInputStreamOperator<MicroMap, MicroMap>)
                ((SimpleOperatorFactory<MicroMap>) transformation.getOperatorFactory()).getOperator();
        KeyedOneInputStreamOperatorTestHarness<String, MicroMap, MicroMap> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(operator, key, Types.STRING);
        harness.open();
        return harness;
    }
}
