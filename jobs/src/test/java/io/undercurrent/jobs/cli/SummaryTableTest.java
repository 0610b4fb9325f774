package io.undercurrent.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void listsBusiestMicroCommunityFirstWithSentimentAndNegativeShare() {
        String table = SummaryTable.render("last 10 min", List.of(
                new SummaryTable.Row("discord", "stellar-games", "#general", 12, 0.25, 0.10, new long[] {1, 2, 9}),
                new SummaryTable.Row("reddit", "acme", "r/acmesupport", 240, -0.61, 0.82, new long[] {10, 30, 200})));

        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).isEqualTo("last 10 min");
        assertThat(lines.get(2)).contains("r/acmesupport").contains("240").contains("-0.61").contains("82%");
        assertThat(lines.get(3)).contains("#general").contains("+0.25").contains("10%");
    }

    @Test
    void sparklineScalesToTheLargestValueAndLeavesSilentMinutesBlank() {
        assertThat(SummaryTable.sparkline(new long[] {0, 1, 50, 100})).isEqualTo(" ▁▄█");
    }
}
