package io.undercurrent.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void listsBusiestMicroCommunityFirstWithSentimentNegativeShareAndHealth() {
        String table = SummaryTable.render("last 10 min", List.of(
                new SummaryTable.Row("discord", "stellar-games", "#general", 12, 0.25, 0.10, new long[] {1, 2, 9},
                        2.5, 1, null, null),
                new SummaryTable.Row("reddit", "acme", "r/acmesupport", 240, -0.61, 0.82, new long[] {10, 30, 200},
                        31.2, 17, 340.0, 6L)));

        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).isEqualTo("last 10 min");
        assertThat(lines.get(1).split("\\s+")).containsSubsequence("posts", "members", "new", "staff", "wait");
        assertThat(lines.get(2).split("\\s+")).containsSubsequence("r/acmesupport", "240", "-0.61", "82%", "31.2",
                "17", "6m", "6");
        assertThat(lines.get(3).split("\\s+")).containsSubsequence("#general", "12", "+0.25", "10%", "2.5", "1", "-",
                "-");
    }

    @Test
    void latenciesAreShortInTheirUnit() {
        assertThat(SummaryTable.latency(null)).isEqualTo("-");
        assertThat(SummaryTable.latency(45.4)).isEqualTo("45s");
        assertThat(SummaryTable.latency(725.0)).isEqualTo("12m");
        assertThat(SummaryTable.latency(10_800.0)).isEqualTo("3h");
    }

    @Test
    void sparklineScalesToTheLargestValueAndLeavesSilentMinutesBlank() {
        assertThat(SummaryTable.sparkline(new long[] {0, 1, 50, 100})).isEqualTo(" ▁▄█");
    }
}
