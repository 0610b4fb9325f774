package io.undercurrent.jobs.cli;

import java.io.Serializable;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Counts the records passing by for a progress display: every few hundred milliseconds (or records) it emits how
 * many it has seen since its last tick and the latest event time among them. The exact total goes to an
 * accumulator, read when the job has finished.
 */
final class ProgressTicks<T> extends ProcessFunction<T, ProgressTicks.Tick> {
    private static final long serialVersionUID = 1L;
    private static final long TICK_NANOS = 200_000_000L;
    private static final int TICK_RECORDS = 5_000;

    /** Records seen since the previous tick of the same subtask, and the latest event time among them. */
    public static class Tick {
        public long records;
        public long latestEventTime;

        public Tick() {}
    }

    /** The event time of a record, or {@link Long#MIN_VALUE} when it has none. */
    @FunctionalInterface
    interface EventTime<T> extends Serializable {
        long of(T record);
    }

    private final String accumulator;
    private final EventTime<T> eventTime;
    private transient LongCounter total;
    private transient long records;
    private transient long latest;
    private transient long lastTick;

    ProgressTicks(String accumulator, EventTime<T> eventTime) {
        this.accumulator = accumulator;
        this.eventTime = eventTime;
    }

    @Override
    public void open(OpenContext openContext) {
        total = getRuntimeContext().getLongCounter(accumulator);
        latest = Long.MIN_VALUE;
        lastTick = System.nanoTime();
    }

    @Override
    public void processElement(T record, Context ctx, Collector<Tick> out) {
        total.add(1L);
        records++;
        latest = Math.max(latest, eventTime.of(record));
        long now = System.nanoTime();
        if (records >= TICK_RECORDS || now - lastTick >= TICK_NANOS) {
            Tick tick = new Tick();
            tick.records = records;
            tick.latestEventTime = latest;
            out.collect(tick);
            records = 0;
            lastTick = now;
        }
    }
}
