package io.undercurrent.jobs.detectors.nab;

import io.undercurrent.jobs.detectors.DetectorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Scores NAB data files in time order, one fresh detector per series, no look-ahead. */
public final class NabRunner {
    private final DetectorSettings settings;

    public NabRunner(DetectorSettings settings) {
        this.settings = settings;
    }

    /** Scores one file; returns the number of rows written. */
    public int run(Path input, Path output) throws IOException {
        List<NabSeries.Row> rows = NabSeries.read(input);
        long step = NabSeries.step(rows);
        VolumeAnomalyScorer scorer = new VolumeAnomalyScorer(settings);
        double[] scores = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            NabSeries.Row row = rows.get(i);
            scores[i] = scorer.score(row.epochMs(), step, row.count());
        }
        NabSeries.write(output, rows, scores);
        return rows.size();
    }

    /** Scores every {@code *.csv} in a directory into files of the same names in another; returns them. */
    public List<Path> runDirectory(Path inputDir, Path outputDir) throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(inputDir)) {
            inputs = files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        if (inputs.isEmpty()) {
            throw new IOException("no .csv files in " + inputDir);
        }
        for (Path input : inputs) {
            run(input, outputDir.resolve(input.getFileName()));
        }
        return inputs;
    }
}
