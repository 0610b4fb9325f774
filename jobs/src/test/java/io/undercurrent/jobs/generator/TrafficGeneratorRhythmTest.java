package io.undercurrent.jobs.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficGeneratorRhythmTest {

    private static final long MONDAY = Instant.parse("2026-03-09T00:00:00Z").toEpochMilli();
    private static final long DAY = 86_400_000L;

    @Test
    void everyMicroCommunityIsQuietAtNightAndBusyByDayInItsOwnTimeZone() {
        GeneratorConfig config = GeneratorConfig.demo().withStart(MONDAY).withCrisis(null).withPostsPerSecond(1);
        Catalogue catalogue = config.catalogue();
        Map<String, long[]> nightAndDay = new HashMap<>();
        new TrafficGenerator(config, 1).generateUntil(MONDAY + 2 * DAY, generated -> {
            var post = generated.post();
            MicroCommunity micro = catalogue.find(post.platform, post.community, post.microCommunity).orElseThrow();
            int hour = Instant.ofEpochMilli(post.createdAt).atZone(micro.timeZone()).getHour();
            long[] counts = nightAndDay.computeIfAbsent(micro.key(), k -> new long[2]);
            if (hour >= 2 && hour < 5) {
                counts[0]++;
            } else if (hour >= 14 && hour < 17) {
                counts[1]++;
            }
        });

        assertThat(nightAndDay).hasSize(catalogue.microCommunities().size());
        nightAndDay.forEach((micro, counts) ->
                assertThat((double) counts[1] / Math.max(1, counts[0])).as("day/night volume of %s", micro)
                        .isGreaterThan(3));
    }

    @Test
    void workdayCommunitiesQuietenAtTheWeekendAndLeisureOnesPickUp() {
        GeneratorConfig config = GeneratorConfig.demo().withStart(MONDAY).withCrisis(null).withPostsPerSecond(0.25);
        Catalogue catalogue = config.catalogue();
        Map<String, long[]> weekdayAndWeekend = new HashMap<>();
        new TrafficGenerator(config, 2).generateUntil(MONDAY + 7 * DAY, generated -> {
            var post = generated.post();
            MicroCommunity micro = catalogue.find(post.platform, post.community, post.microCommunity).orElseThrow();
            ZonedDateTime local = Instant.ofEpochMilli(post.createdAt).atZone(micro.timeZone());
            boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
            weekdayAndWeekend.computeIfAbsent(post.community, k -> new long[2])[weekend ? 1 : 0]++;
        });

        // Per-day averages; the edges of the simulated week fall at night, when there is little traffic.
        double payWeekday = weekdayAndWeekend.get("novapay")[0] / 5.0;
        double payWeekend = weekdayAndWeekend.get("novapay")[1] / 2.0;
        double gameWeekday = weekdayAndWeekend.get("emberfall")[0] / 5.0;
        double gameWeekend = weekdayAndWeekend.get("emberfall")[1] / 2.0;
        assertThat(payWeekday / payWeekend).isGreaterThan(1.15);
        assertThat(gameWeekend / gameWeekday).isGreaterThan(1.1);
    }
}
