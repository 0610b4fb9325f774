package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.config.MicroMapSettings;
import io.undercurrent.jobs.config.MonitorOptions;
import io.undercurrent.jobs.detectors.DetectorSettings;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.WindowStats;
import io.undercurrent.jobs.sinks.alerts.GrafanaLinks;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The alerting stage: micro-maps in, alerts out, straight from the stream (nothing waits for indexing). The
 * micro-community maps of one resolution are keyed by community and judged by {@link DetectAnomaliesFunction}, which
 * rolls them up to the community itself; every alert update is emitted with its dashboard link, ready for the sinks.
 */
public final class AlertingStage {

    private AlertingStage() {}

    /** Judges the micro-community maps of the finest {@code micromap.resolutions}; roll-ups and others pass by. */
    public static SingleOutputStreamOperator<Alert> apply(DataStream<MicroMap> microMaps, Configuration config) {
        return apply(microMaps,
                MicroMapWindowFunction.resolutionLabel(MicroMapSettings.from(config).resolutions().get(0)),
                detectorSettings(config), new GrafanaLinks(config.get(MonitorOptions.ALERTS_GRAFANA_URL)));
    }

    public static SingleOutputStreamOperator<Alert> apply(DataStream<MicroMap> microMaps, String resolution,
            DetectorSettings settings, GrafanaLinks links) {
        return microMaps
                .filter(map -> map.microCommunity != null && resolution.equals(map.resolution))
                .name("micro-maps-to-judge")
                .uid("micro-maps-to-judge")
                .map(WindowStats::fromMicroMap)
                .returns(TypeInformation.of(WindowStats.class))
                .name("window-stats")
                .uid("window-stats")
                .keyBy(WindowStats::communityKey)
                .process(new DetectAnomaliesFunction(settings, links))
                .returns(TypeInformation.of(Alert.class))
                .name("detect-anomalies")
                .uid("detect-anomalies");
    }

    /** The shipped detector defaults with the settings {@link MonitorOptions} exposes applied. */
    public static DetectorSettings detectorSettings(Configuration config) {
        DetectorSettings settings = DetectorSettings.defaults();
        settings.warmupMs = config.get(MonitorOptions.DETECTORS_WARMUP).toMillis();
        settings.falseAlarmIntervalMs = config.get(MonitorOptions.DETECTORS_FALSE_ALARM_INTERVAL).toMillis();
        settings.minCrisisPosts = config.get(MonitorOptions.DETECTORS_CRISIS_MIN_POSTS);
        settings.minCrisisAuthors = config.get(MonitorOptions.DETECTORS_CRISIS_MIN_AUTHORS);
        settings.resolveAfterMs = config.get(MonitorOptions.DETECTORS_RESOLVE_AFTER).toMillis();
        settings.cooldownMs = config.get(MonitorOptions.DETECTORS_COOLDOWN).toMillis();
        return settings;
    }
}
