package io.undercurrent.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.sources.CanonicalPostJson;
import io.undercurrent.jobs.testing.CrisisTraffic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code backtest} over three hours of the demo world's generated traffic, with its scripted crisis in r/NovaPay
 * after the detectors' warm-up and two lines that are not posts: the crisis is the one incident printed.
 */
class BacktestCommandITCase {
    private static final CrisisTraffic TRAFFIC = CrisisTraffic.demoWorld(Instant.parse("2025-01-06T06:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void printsTheScriptedCrisisAsTheOnlyIncidentWithItsEvidenceAndASummary() throws Exception {
        Path posts = generatedPosts(dir.resolve("posts.jsonl"), Duration.ofMinutes(180));
        Files.writeString(posts, "this is not a post\n{\"platform\":\"reddit\"}\n", java.nio.file.StandardOpenOption.APPEND);
        long lines = Files.readAllLines(posts).size();

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            exit = new CommandLine(new Main()).execute("backtest", "--input", posts.toString());
        } finally {
            System.setOut(original);
        }
        String report = captured.toString(StandardCharsets.UTF_8);
        original.println(report);

        assertThat(exit).isZero();
        assertThat(report).contains(String.format("%,d lines: %,d posts, 2 dead letters", lines, lines - 2));
        // Alert lines start with the time they were raised (the test's log lines share System.out).
        List<String> opened = report.lines().filter(line -> line.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}  OPEN .*"))
                .toList();
        assertThat(opened).as("incidents opened").isNotEmpty()
                .allMatch(line -> line.contains("reddit/novapay"));
        assertThat(opened.get(0)).contains("Crisis spike").contains("reddit/novapay/novapay");
        Instant openedAt = Instant.parse(opened.get(0).substring(0, 16).replace(' ', 'T') + ":00Z");
        assertThat(openedAt).as("raised while the crisis lasts").isBetween(TRAFFIC.crisisStart(), TRAFFIC.crisisEnd());
        assertThat(report).contains("| reddit/novapay/novapay |").contains("/d/undercurrent-crisis-room/crisis-room?");
    }

    private static Path generatedPosts(Path file, Duration length) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (Post post : TRAFFIC.posts(length)) {
                out.write(CanonicalPostJson.encode(post));
                out.write('\n');
            }
        }
        return file;
    }
}
