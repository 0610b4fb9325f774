package io.undercurrent.jobs.dashboards;

import java.time.Duration;
import java.time.Instant;

/** The dashboard's time range, as Grafana sends it: epoch milliseconds, both ends included. */
record TimeRange(Instant from, Instant to) {

    TimeRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("time range ends before it starts: " + from + " .. " + to);
        }
    }

    Duration length() {
        return Duration.between(from, to);
    }
}
