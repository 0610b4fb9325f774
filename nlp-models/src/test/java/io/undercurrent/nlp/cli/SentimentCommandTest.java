package io.undercurrent.nlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SentimentCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new SentimentCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static String resource(String name) throws Exception {
        return Path.of(SentimentCommandTest.class.getResource("/sentiment/" + name).toURI()).toString();
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("score", "eval", "train", "bench")) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).isZero();
            assertThat(out.toString()).startsWith("Usage: sentiment " + command);
        }
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("score", "eval", "train", "bench");
    }

    @Test
    void scoreWritesOneJsonVerdictPerLineInInputOrder(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("posts.txt"),
                "I love this, thank you so much!\n\nworst service ever, I hate it\nHoy es un día muy bueno para todos\n");
        assertThat(run("score", "--input", input.toString())).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> verdicts = lines.stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        for (JsonNode verdict : verdicts) {
            assertThat(verdict.get("score").isNumber()).isTrue();
            assertThat(verdict.get("label").asText()).isIn("negative", "neutral", "positive");
            assertThat(verdict.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(verdict.get("classes")).hasSize(5);
            double sum = 0;
            for (JsonNode p : verdict.get("classes")) {
                sum += p.asDouble();
            }
            assertThat(sum).isBetween(0.999, 1.001);
        }
        assertThat(verdicts.get(0).get("label").asText()).isEqualTo("positive");
        assertThat(verdicts.get(1).get("label").asText()).isEqualTo("neutral");
        assertThat(verdicts.get(2).get("label").asText()).isEqualTo("negative");
        assertThat(verdicts.get(3).get("supported").asBoolean()).isFalse();
        assertThat(verdicts.get(3).get("language").asText()).isEqualTo("es");
    }

    @Test
    void numbersAreWrittenWithFourDecimals() {
        StringBuilder json = new StringBuilder();
        ScoreCommand.appendNumber(-0.12346, json);
        json.append(' ');
        ScoreCommand.appendNumber(1, json);
        json.append(' ');
        ScoreCommand.appendNumber(0.00004, json);
        assertThat(json).hasToString("-0.1235 1.0000 0.0000");
    }

    @Test
    void evalReportsMetricsForTheEngine() throws Exception {
        assertThat(run("eval", "--data", resource("social.tsv"), "--systems", "engine")).isZero();
        assertThat(out.toString()).contains("social.tsv: 95 posts, 3-class").contains("engine: n=95")
                .contains("macroF1=").contains("gold\\pred");
    }

    @Test
    void trainWritesAModelThatScoreAndEvalLoad(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("lingo.model");
        Path heldOut = dir.resolve("held-out.tsv");
        assertThat(run("train", "--data", resource("lingo-train.tsv"), "--out", model.toString(),
                "--holdout", "0.3", "--holdout-out", heldOut.toString())).isZero();
        assertThat(out.toString()).contains("trained lingo on").contains("held-out, lingo:");
        assertThat(Files.size(model)).isPositive();
        assertThat(Files.readAllLines(heldOut).get(0)).isEqualTo("label\ttext");

        out.getBuffer().setLength(0);
        assertThat(run("eval", "--data", heldOut.toString(), "--model", model.toString(), "--systems", "engine"))
                .isZero();
        assertThat(out.toString()).contains("engine: n=");
    }

    @Test
    void evalAndBenchSkipCleanlyWhenTheDataIsAbsent(@TempDir Path dir) {
        String missing = dir.resolve("shared/data/airline-tweets/dev.csv").toString();
        assertThat(run("eval", "--data", missing)).isZero();
        assertThat(run("bench", "--data", missing)).isZero();
        assertThat(out.toString()).contains("skipped: no data at " + missing);
    }

    @Test
    void badInputGetsAClearErrorNotAStackTrace(@TempDir Path dir) throws Exception {
        assertThat(run("train", "--data", dir.resolve("missing.tsv").toString(), "--out", "x.model")).isNotZero();
        assertThat(err.toString()).contains("is not readable");
        assertThat(run("score", "--model", dir.resolve("none.model").toString())).isNotZero();
        assertThat(err.toString()).contains("model file");
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "great\tgreat post\n");
        assertThat(run("eval", "--data", bad.toString())).isNotZero();
        assertThat(err.toString()).contains("unknown label 'great'");
    }

    @Test
    void benchPrintsThroughputForTheEngine() throws Exception {
        assertThat(run("bench", "--data", resource("social.tsv"), "--systems", "engine", "--warmup", "0.2",
                "--seconds", "0.3")).isZero();
        assertThat(out.toString()).contains("posts/s/core").containsPattern("engine\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9]+");
    }
}
