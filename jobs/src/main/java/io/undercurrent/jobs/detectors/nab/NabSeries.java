package io.undercurrent.jobs.detectors.nab;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A NAB data file ({@code timestamp,value}, timestamps in UTC) and its scored result file. */
public final class NabSeries {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");
    /** NAB's series are 5-minute counts; used when a series is too short to tell. */
    static final long DEFAULT_STEP_MS = 5 * 60_000L;

    /** One input row, kept verbatim so the output repeats it exactly. */
    public record Row(String timestamp, String value, long epochMs, double count) {}

    private NabSeries() {}

    public static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.trim().toLowerCase(Locale.ROOT).startsWith("timestamp,value")) {
                throw new IOException(file + ": expected a header 'timestamp,value', got: " + header);
            }
            String line;
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                rows.add(parse(file, lineNumber, line));
            }
        }
        return rows;
    }

    private static Row parse(Path file, int lineNumber, String line) throws IOException {
        String[] fields = line.split(",", -1);
        if (fields.length < 2) {
            throw new IOException(file + ":" + lineNumber + ": expected timestamp,value, got: " + line);
        }
        try {
            String timestamp = fields[0].trim();
            long epochMs = LocalDateTime.parse(timestamp.replace('T', ' '), TIMESTAMP)
                    .toInstant(ZoneOffset.UTC).toEpochMilli();
            return new Row(timestamp, fields[1].trim(), epochMs, Double.parseDouble(fields[1].trim()));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IOException(file + ":" + lineNumber + ": " + e.getMessage() + " in: " + line, e);
        }
    }

    /** The series' sampling step: the most common gap between consecutive rows. */
    public static long step(List<Row> rows) {
        java.util.Map<Long, Integer> gaps = new java.util.HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            gaps.merge(rows.get(i).epochMs() - rows.get(i - 1).epochMs(), 1, Integer::sum);
        }
        return gaps.entrySet().stream().filter(e -> e.getKey() > 0).max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(DEFAULT_STEP_MS);
    }

    public static void write(Path file, List<Row> rows, double[] scores) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("timestamp,value,anomaly_score\n");
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                out.write(row.timestamp() + "," + row.value() + "," + String.format(Locale.ROOT, "%.6f", scores[i]));
                out.write('\n');
            }
        }
    }
}
