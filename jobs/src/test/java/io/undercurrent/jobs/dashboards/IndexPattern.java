package io.undercurrent.jobs.dashboards;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A datasource's index setting as Grafana expands it: a plain name or wildcard as is, or, with the Daily
 * interval, a {@code [literal]YYYY.MM.DD} pattern turned into one index per UTC day of the time range.
 */
record IndexPattern(String pattern, String interval) {

    private static final Pattern DAILY = Pattern.compile("\\[([^\\]]*)]YYYY\\.MM\\.DD");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    List<String> indices(TimeRange range) {
        if (interval == null || interval.isEmpty()) {
            return List.of(pattern);
        }
        String prefix = dailyPrefix();
        List<String> indices = new ArrayList<>();
        LocalDate last = range.to().atZone(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = range.from().atZone(ZoneOffset.UTC).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            indices.add(prefix + DAY.format(day));
        }
        return indices;
    }

    /** Every index the pattern can ever name: for finding the whole extent of the data. */
    String wildcard() {
        return interval == null || interval.isEmpty() ? pattern : dailyPrefix() + "*";
    }

    private String dailyPrefix() {
        if (!"daily".equalsIgnoreCase(interval)) {
            throw new IllegalArgumentException("only the Daily index interval is supported here, not " + interval);
        }
        Matcher daily = DAILY.matcher(pattern);
        if (!daily.matches()) {
            throw new IllegalArgumentException("a Daily index pattern looks like [prefix-]YYYY.MM.DD, not " + pattern);
        }
        return daily.group(1);
    }
}
