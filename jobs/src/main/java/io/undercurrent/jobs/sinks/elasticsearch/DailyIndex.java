package io.undercurrent.jobs.sinks.elasticsearch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Daily index names by event day in UTC, e.g. {@code undercurrent-posts-2026.11.21}: chosen from the record's
 * own time, never the wall clock, so a replayed record lands in the index it went to the first time.
 */
final class DailyIndex {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC);

    private DailyIndex() {}

    static String name(String prefix, long eventTimeMillis) {
        return prefix + "-" + DAY.format(Instant.ofEpochMilli(eventTimeMillis));
    }
}
