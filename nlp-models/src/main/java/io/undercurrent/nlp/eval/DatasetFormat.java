package io.undercurrent.nlp.eval;

import io.undercurrent.nlp.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The labelled-data formats {@code sentiment eval} and {@code sentiment train} read. */
public enum DatasetFormat {
    /** CrowdFlower "Twitter US Airline Sentiment" CSV: header row, columns airline_sentiment and text. */
    AIRLINE_CSV("airline-csv") {
        @Override
        List<LabelledPost> parse(BufferedReader reader, Path file) throws IOException {
            CsvReader csv = new CsvReader(reader);
            List<String> header = csv.next();
            if (header == null) {
                return List.of();
            }
            int labelColumn = column(header, "airline_sentiment", file);
            int textColumn = column(header, "text", file);
            List<LabelledPost> posts = new ArrayList<>();
            List<String> row;
            int line = 1;
            while ((row = csv.next()) != null) {
                line++;
                if (row.size() == 1 && row.get(0).isEmpty()) {
                    continue;
                }
                if (row.size() <= Math.max(labelColumn, textColumn)) {
                    throw new IOException(file + " record " + line + ": expected " + header.size() + " columns");
                }
                posts.add(new LabelledPost(row.get(textColumn), parseLabel(row.get(labelColumn), file, line),
                        Double.NaN));
            }
            return posts;
        }
    },
    /** SST sentences: "label sentence"; label 0/1 (binary SST-2) or 0..4 (fine-grained SST-5). */
    SST("sst") {
        @Override
        List<LabelledPost> parse(BufferedReader reader, Path file) throws IOException {
            List<String[]> rows = new ArrayList<>();
            String line;
            int number = 0;
            boolean fineGrained = false;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                int space = line.indexOf(' ');
                String label = space > 0 ? line.substring(0, space) : "";
                if (!label.matches("[0-4]")) {
                    throw new IOException(file + " line " + number + ": expected '<0-4> <sentence>'");
                }
                fineGrained |= label.charAt(0) > '1';
                rows.add(new String[] {label, line.substring(space + 1)});
            }
            List<LabelledPost> posts = new ArrayList<>(rows.size());
            for (String[] row : rows) {
                int value = row[0].charAt(0) - '0';
                SentimentLabel label = fineGrained
                        ? (value < 2 ? SentimentLabel.NEGATIVE : value == 2 ? SentimentLabel.NEUTRAL : SentimentLabel.POSITIVE)
                        : (value == 1 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE);
                double goldScore = fineGrained ? (value - 2) / 2.0 : Double.NaN;
                posts.add(new LabelledPost(row[1], label, goldScore));
            }
            return posts;
        }
    },
    /** "label TAB text [TAB gold score]", label negative|neutral|positive (or -1|0|1); a community lead's sheet. */
    TSV("tsv") {
        @Override
        List<LabelledPost> parse(BufferedReader reader, Path file) throws IOException {
            List<LabelledPost> posts = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                if (fields.length < 2) {
                    throw new IOException(file + " line " + number + ": expected 'label<TAB>text[<TAB>score]'");
                }
                if (number == 1 && fields[0].equalsIgnoreCase("label")) {
                    continue; // header row
                }
                double goldScore = fields.length == 3 ? parseScore(fields[2], file, number) : Double.NaN;
                posts.add(new LabelledPost(fields[1], parseLabel(fields[0], file, number), goldScore));
            }
            return posts;
        }
    };

    private final String cliName;

    DatasetFormat(String cliName) {
        this.cliName = cliName;
    }

    public static DatasetFormat fromCliName(String name) {
        for (DatasetFormat format : values()) {
            if (format.cliName.equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "', expected airline-csv, sst or tsv");
    }

    public Dataset read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<LabelledPost> posts = parse(reader, file);
            boolean binary = !posts.isEmpty() && posts.stream().noneMatch(p -> p.label() == SentimentLabel.NEUTRAL);
            return new Dataset(file.getFileName().toString(), posts, binary);
        }
    }

    abstract List<LabelledPost> parse(BufferedReader reader, Path file) throws IOException;

    private static int column(List<String> header, String name, Path file) throws IOException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IOException(file + ": no column '" + name + "' in header " + header);
        }
        return index;
    }

    static SentimentLabel parseLabel(String raw, Path file, int line) throws IOException {
        switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "negative", "neg", "-1" -> {
                return SentimentLabel.NEGATIVE;
            }
            case "neutral", "neu", "0" -> {
                return SentimentLabel.NEUTRAL;
            }
            case "positive", "pos", "1", "+1" -> {
                return SentimentLabel.POSITIVE;
            }
            default -> throw new IOException(file + " line " + line + ": unknown label '" + raw
                    + "', expected negative, neutral or positive");
        }
    }

    private static double parseScore(String raw, Path file, int line) throws IOException {
        try {
            double score = Double.parseDouble(raw.trim());
            if (score < -1 || score > 1) {
                throw new IOException(file + " line " + line + ": gold score " + raw + " is outside [-1, 1]");
            }
            return score;
        } catch (NumberFormatException e) {
            throw new IOException(file + " line " + line + ": gold score '" + raw + "' is not a number", e);
        }
    }
}
