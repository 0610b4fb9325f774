package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.MicroMap;
import java.time.Duration;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Stamps an aggregated micro-map with its window and resolution. Fires again for every late update. */
public class MicroMapWindowFunction extends ProcessWindowFunction<MicroMap, MicroMap, String, TimeWindow> {

    private final String resolution;

    public MicroMapWindowFunction(Duration windowLength) {
        this.resolution = resolutionLabel(windowLength);
    }

    /** The aggregator hands out a fresh copy per firing: stamping it never touches window state. */
    @Override
    public void process(String key, Context context, Iterable<MicroMap> aggregated, Collector<MicroMap> out) {
        for (MicroMap map : aggregated) {
            stamp(map, resolution, context.window());
            out.collect(map);
        }
    }

    static void stamp(MicroMap map, String resolution, TimeWindow window) {
        map.resolution = resolution;
        map.windowStart = window.getStart();
        map.windowEnd = window.getEnd();
    }

    /** A window length as dashboards name it: "30s", "1m", "1h", "1d". */
    public static String resolutionLabel(Duration length) {
        long seconds = length.getSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
