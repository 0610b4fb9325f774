package io.undercurrent.jobs.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A progress bar on a terminal (redrawn in place), or a line every tenth of the way when the output is a file.
 * Callers that print other lines {@link #clear()} it first; it redraws on the next update.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final long total;
    private final boolean interactive;
    private final long started = System.nanoTime();
    private long done;
    private long latestEventTime = Long.MIN_VALUE;
    private long lastDrawn;
    private int lastTenth = -1;
    private boolean shown;

    ProgressBar(PrintStream out, long total, boolean interactive) {
        this.out = out;
        this.total = total;
        this.interactive = interactive;
    }

    synchronized void advance(long records, long eventTime) {
        done += records;
        latestEventTime = Math.max(latestEventTime, eventTime);
        long now = System.nanoTime();
        if (interactive && now - lastDrawn >= REDRAW_NANOS) {
            out.print("\r" + line());
            out.flush();
            lastDrawn = now;
            shown = true;
        } else if (!interactive && total > 0 && tenth() > lastTenth) {
            lastTenth = tenth();
            out.println(line());
        }
    }

    /** Erases the bar so another line can be printed in its place. */
    synchronized void clear() {
        if (shown) {
            out.print("\r" + " ".repeat(line().length()) + "\r");
            out.flush();
            shown = false;
            lastDrawn = 0;
        }
    }

    synchronized void finish() {
        clear();
    }

    private int tenth() {
        return (int) Math.min(10, done * 10 / total);
    }

    private String line() {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        String rate = String.format(Locale.ROOT, "%,.0f posts/s", done / seconds);
        String time = latestEventTime == Long.MIN_VALUE ? ""
                : "  event time " + Instant.ofEpochMilli(latestEventTime).truncatedTo(ChronoUnit.MINUTES);
        if (total <= 0) {
            return String.format(Locale.ROOT, "%,d records  %s%s", done, rate, time);
        }
        double fraction = Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3.0f%%  %,d / %,d  %s%s", "█".repeat(filled),
                "░".repeat(WIDTH - filled), 100 * fraction, done, total, rate, time);
    }
}
