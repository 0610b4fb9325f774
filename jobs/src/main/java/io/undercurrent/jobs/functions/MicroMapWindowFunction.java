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

    @Override
    public void process(String key, Context context, Iterable<MicroMap> aggregated, Collector<MicroMap> out) {
        for (MicroMap map : aggregated) {
            MicroMap result = copyOf(map);
            result.resolution = resolution;
            result.windowStart = context.window().getStart();
            result.windowEnd = context.window().getEnd();
            out.collect(result);
        }
    }

    /** A window length as dashboards name it: "30s", "1m", "1h", "1d". */
    static String resolutionLabel(Duration length) {
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

    // The accumulator stays in window state across late firings; emit a copy so downstream never sees it change.
    private static MicroMap copyOf(MicroMap acc) {
        MicroMap copy = new MicroMap();
        copy.platform = acc.platform;
        copy.community = acc.community;
        copy.microCommunity = acc.microCommunity;
        copy.postCount = acc.postCount;
        copy.scoredCount = acc.scoredCount;
        copy.sentimentSum = acc.sentimentSum;
        copy.negativeCount = acc.negativeCount;
        copy.neutralCount = acc.neutralCount;
        copy.positiveCount = acc.positiveCount;
        return copy;
    }
}
