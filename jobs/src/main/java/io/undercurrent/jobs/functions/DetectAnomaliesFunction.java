package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.detectors.Assessment;
import io.undercurrent.jobs.detectors.CommunityRollup;
import io.undercurrent.jobs.detectors.DetectorSettings;
import io.undercurrent.jobs.detectors.GroupState;
import io.undercurrent.jobs.detectors.IncidentGrouper;
import io.undercurrent.jobs.detectors.MicroCommunityDetector;
import io.undercurrent.jobs.detectors.MicroCommunityState;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.WindowStats;
import io.undercurrent.jobs.sinks.alerts.GrafanaLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the detectors over one community's micro-community windows, keyed by community ({@code platform/community}),
 * and emits alerts as the windows arrive. Keying by community keeps everything an incident needs in one place: each
 * micro-community's {@link MicroCommunityState}, the community's own state (judged on the sum of its
 * micro-communities' windows), the grouping of child incidents under the community's, and the community's seasonal
 * shape, which a new micro-community borrows.
 *
 * <p>A micro-community's window is judged the moment it arrives. The community's window is judged by an event-time
 * timer at the window's end, once every micro-community's window has arrived; the same timer judges the silence of
 * micro-communities that posted nothing in that window (an activity drop, or the calm that resolves an incident),
 * and keeps ticking each window while any of them posted within {@link DetectorSettings#maxGapFillMs}. At the end of
 * a bounded input (the watermark at its maximum) the ticking stops: the end of a file is not silence. A window that
 * arrives after the community's window was judged (a late re-emission) is not judged again.
 */
public class DetectAnomaliesFunction extends KeyedProcessFunction<String, WindowStats, Alert> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DetectAnomaliesFunction.class);

    private final DetectorSettings settings;
    private final GrafanaLinks links;

    private transient MicroCommunityDetector detector;
    private transient IncidentGrouper grouper;
    private transient MapState<String, MicroCommunityState> microCommunities;
    private transient ValueState<MicroCommunityState> communityState;
    private transient ValueState<GroupState> groupState;
    private transient ValueState<Long> windowLength;
    /** Community windows still collecting micro-community windows, by window end. */
    private transient MapState<Long, WindowStats> rollups;
    private transient Counter windowsJudged;
    private transient Counter lateWindows;
    private transient Counter alertsOpened;
    private transient Counter alertsUpdated;
    private transient Counter alertsResolved;

    public DetectAnomaliesFunction(DetectorSettings settings, GrafanaLinks links) {
        this.settings = settings;
        this.links = links;
    }

    @Override
    public void open(OpenContext openContext) {
        detector = new MicroCommunityDetector(settings);
        grouper = new IncidentGrouper(settings);
        TypeInformation<MicroCommunityState> stateType = TypeInformation.of(MicroCommunityState.class);
        microCommunities = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("micro-communities", Types.STRING, stateType));
        communityState = getRuntimeContext().getState(new ValueStateDescriptor<>("community", stateType));
        groupState = getRuntimeContext().getState(
                new ValueStateDescriptor<>("grouping", TypeInformation.of(GroupState.class)));
        windowLength = getRuntimeContext().getState(new ValueStateDescriptor<>("window-length", Types.LONG));
        rollups = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("rollups", Types.LONG, TypeInformation.of(WindowStats.class)));
        windowsJudged = getRuntimeContext().getMetricGroup().counter("windowsJudged");
        lateWindows = getRuntimeContext().getMetricGroup().counter("lateWindowsIgnored");
        alertsOpened = getRuntimeContext().getMetricGroup().counter("alertsOpened");
        alertsUpdated = getRuntimeContext().getMetricGroup().counter("alertsUpdated");
        alertsResolved = getRuntimeContext().getMetricGroup().counter("alertsResolved");
    }

    @Override
    public void processElement(WindowStats window, Context ctx, Collector<Alert> out) throws Exception {
        MicroCommunityState community = orNew(communityState.value());
        if (window.windowLengthMs() <= 0 || window.windowEnd <= community.lastWindowEnd
                || window.windowEnd - 1 <= ctx.timerService().currentWatermark()) {
            lateWindows.inc();
            return;
        }
        windowLength.update(window.windowLengthMs());
        WindowStats rollup = rollups.get(window.windowEnd);
        if (rollup == null) {
            rollup = CommunityRollup.start(window);
            ctx.timerService().registerEventTimeTimer(window.windowEnd - 1);
        }
        CommunityRollup.add(rollup, window);
        rollups.put(window.windowEnd, rollup);

        MicroCommunityState child = microCommunities.get(window.microCommunity);
        if (child == null) {
            child = new MicroCommunityState();
            detector.borrowShape(child, community);
        }
        GroupState group = orNew(groupState.value());
        judgeChild(child, window, community, group, out);
        microCommunities.put(window.microCommunity, child);
        communityState.update(community);
        groupState.update(group);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        long windowEnd = timestamp + 1;
        long length = windowLength.value();
        MicroCommunityState community = orNew(communityState.value());
        GroupState group = orNew(groupState.value());

        WindowStats rollup = rollups.get(windowEnd);
        rollups.remove(windowEnd);
        if (rollup == null) {
            rollup = WindowStats.empty(community.platform, community.community, null, windowEnd - length, windowEnd);
        }
        judgeCommunity(community, rollup, group, out);

        boolean anyRecentlyActive = windowEnd - community.lastActiveWindowEnd <= settings.maxGapFillMs;
        List<String> forgotten = new ArrayList<>();
        List<Map.Entry<String, MicroCommunityState>> silent = new ArrayList<>();
        for (Map.Entry<String, MicroCommunityState> entry : microCommunities.entries()) {
            MicroCommunityState child = entry.getValue();
            long quietFor = windowEnd - child.lastActiveWindowEnd;
            if (quietFor > settings.forgetAfterMs && !child.incidentOpen()) {
                forgotten.add(entry.getKey());
            } else if (child.lastWindowEnd < windowEnd && quietFor <= settings.maxGapFillMs) {
                silent.add(entry);
            }
        }
        for (Map.Entry<String, MicroCommunityState> entry : silent) {
            MicroCommunityState child = entry.getValue();
            judgeChild(child, WindowStats.empty(child.platform, child.community, child.microCommunity,
                    windowEnd - length, windowEnd), community, group, out);
            microCommunities.put(entry.getKey(), child);
            anyRecentlyActive = true;
        }
        for (String key : forgotten) {
            microCommunities.remove(key);
        }
        communityState.update(community);
        groupState.update(group);

        boolean endOfInput = ctx.timerService().currentWatermark() == Long.MAX_VALUE;
        if (anyRecentlyActive && !endOfInput) {
            ctx.timerService().registerEventTimeTimer(windowEnd + length - 1);
        }
    }

    private void judgeChild(MicroCommunityState child, WindowStats window, MicroCommunityState community,
            GroupState group, Collector<Alert> out) {
        for (Assessment assessment : detector.update(child, window)) {
            windowsJudged.inc();
            Alert alert = assessment.alert();
            if (alert != null) {
                grouper.acceptChild(group, community, child, alert);
                emit(alert, out);
            }
        }
    }

    private void judgeCommunity(MicroCommunityState community, WindowStats rollup, GroupState group,
            Collector<Alert> out) throws Exception {
        for (Assessment assessment : detector.update(community, rollup)) {
            windowsJudged.inc();
            Alert alert = assessment.alert();
            if (alert == null) {
                continue;
            }
            List<String> regroup = grouper.acceptCommunity(group, community, alert);
            emit(alert, out);
            for (String micro : regroup) {
                MicroCommunityState child = microCommunities.get(micro);
                Alert grouped = child == null ? null : grouper.groupUnder(group, child);
                if (grouped != null) {
                    microCommunities.put(micro, child);
                    emit(grouped, out);
                }
            }
        }
    }

    private void emit(Alert alert, Collector<Alert> out) {
        alert.dashboardUrl = links.forAlert(alert);
        if (alert.version == 1) {
            alertsOpened.inc();
        } else if (alert.state == Alert.State.RESOLVED) {
            alertsResolved.inc();
        } else {
            alertsUpdated.inc();
        }
        LOG.info("Alert {} v{} {} {} {}", alert.alertId, alert.version, alert.state, alert.severity, alert.signals);
        out.collect(alert);
    }

    private static MicroCommunityState orNew(MicroCommunityState state) {
        return state == null ? new MicroCommunityState() : state;
    }

    private static GroupState orNew(GroupState state) {
        return state == null ? new GroupState() : state;
    }
}
