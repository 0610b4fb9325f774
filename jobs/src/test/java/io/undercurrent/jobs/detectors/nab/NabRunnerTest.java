package io.undercurrent.jobs.detectors.nab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.undercurrent.jobs.cli.DetectCommand;
import io.undercurrent.jobs.detectors.DetectorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NabRunnerTest {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int ROWS = 4 * 288;
    private static final int SPIKE = 3 * 288 + 100;

    @TempDir
    Path dir;

    /** Four days of 5-minute counts around 40 with a daily rhythm, and one spike on the fourth day. */
    private Path series(String name) throws IOException {
        Random random = new Random(11);
        LocalDateTime t = LocalDateTime.of(2015, 3, 2, 0, 2, 53);
        List<String> lines = new ArrayList<>(List.of("timestamp,value"));
        for (int i = 0; i < ROWS; i++) {
            double mean = 40 * Math.exp(0.5 * Math.sin(2 * Math.PI * i / 288));
            long value = i == SPIKE ? 900 : Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
            lines.add(t.plusMinutes(5L * i).format(FORMAT) + "," + value);
        }
        return Files.write(dir.resolve(name), lines);
    }

    @Test
    void writesOneScoredRowPerInputRow() throws IOException {
        Path input = series("Twitter_volume_TEST.csv");
        Path output = dir.resolve("out/Twitter_volume_TEST.csv");
        int rows = new NabRunner(DetectorSettings.defaults()).run(input, output);

        List<String> in = Files.readAllLines(input);
        List<String> out = Files.readAllLines(output);
        assertThat(rows).isEqualTo(ROWS);
        assertThat(out.get(0)).isEqualTo("timestamp,value,anomaly_score");
        assertThat(out).hasSize(in.size());
        List<Integer> alerts = new ArrayList<>();
        for (int i = 1; i < out.size(); i++) {
            String[] fields = out.get(i).split(",");
            assertThat(fields[0] + "," + fields[1]).isEqualTo(in.get(i));
            double score = Double.parseDouble(fields[2]);
            assertThat(score).isBetween(0.0, 1.0);
            if (score >= 0.5) {
                alerts.add(i - 1);
            }
        }
        assertThat(alerts).contains(SPIKE);
        assertThat(alerts).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void detectNabCommandScoresADirectoryUnderTheSameNames() throws IOException {
        series("a.csv");
        series("b.csv");
        Path out = dir.resolve("results");
        int code = new CommandLine(new DetectCommand()).execute("nab", "--input-dir", dir.toString(),
                "--output-dir", out.toString());
        assertThat(code).isZero();
        assertThat(out.resolve("a.csv")).exists();
        assertThat(Files.readAllLines(out.resolve("b.csv"))).hasSize(ROWS + 1);
    }

    @Test
    void aBadRowIsAClearErrorWithItsLine() throws IOException {
        Path input = Files.write(dir.resolve("bad.csv"), List.of("timestamp,value", "2015-03-02 00:02:53,4",
                "2015-03-02 00:07:53,four"));
        assertThatThrownBy(() -> new NabRunner(DetectorSettings.defaults()).run(input, dir.resolve("o.csv")))
                .isInstanceOf(IOException.class).hasMessageContaining("bad.csv:3");
    }
}
