package io.undercurrent.jobs.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.WindowStats;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmergingTermsDetectorTest {
    private final DetectorSettings settings = DetectorSettings.defaults();
    private final EmergingTermsDetector detector = new EmergingTermsDetector(settings);
    private final TermState state = new TermState();

    private List<TermBurst> window(int w, String[] terms, int[] counts) {
        return window(w, terms, counts, 0);
    }

    /** A window whose term list is its top terms only: unlisted terms were used up to {@code ceiling} times. */
    private List<TermBurst> window(int w, String[] terms, int[] counts, int ceiling) {
        WindowStats stats = WindowStats.empty("p", "c", "m", Windows.start(w), Windows.start(w) + Windows.LENGTH);
        stats.terms = terms;
        stats.termCounts = counts;
        stats.unlistedTermCeiling = ceiling;
        return detector.update(state, stats);
    }

    private int day() {
        int w = 0;
        for (; w < Windows.PER_DAY; w++) {
            window(w, new String[] {"game", "update"}, new int[] {30, w % 3});
        }
        return w;
    }

    @Test
    void aTermBurstingFromNothingEmerges() {
        int w = day();
        List<TermBurst> bursts = window(w, new String[] {"game", "outage"}, new int[] {31, 15});
        assertThat(bursts).extracting(TermBurst::term).containsExactly("outage");
        assertThat(bursts.get(0).posts()).isEqualTo(15);
    }

    @Test
    void aFewMentionsAreNotABurst() {
        int w = day();
        assertThat(window(w, new String[] {"refund"}, new int[] {3})).isEmpty();
    }

    @Test
    void aTermThatIsAlwaysThereNeverEmerges() {
        int w = day();
        assertThat(window(w, new String[] {"game", "update"}, new int[] {45, 4})).isEmpty();
    }

    @Test
    void stateStaysBounded() {
        for (int w = 0; w < 50; w++) {
            String[] terms = new String[20];
            int[] counts = new int[20];
            for (int i = 0; i < 20; i++) {
                terms[i] = "term-" + w + "-" + i;
                counts[i] = 1;
            }
            window(w, terms, counts);
        }
        assertThat(state.terms.size()).isLessThanOrEqualTo(settings.maxTrackedTerms + settings.maxTrackedTerms / 5);
    }

    @Test
    void aTermUsedSteadilySinceTheStartIsNotEmergingWhenJudgingBegins() {
        // Right after the warm-up, a rate learned from zero over a fraction of its memory must not look tiny.
        int warmupWindows = (int) (settings.warmupMs / Windows.LENGTH);
        for (int w = 0; w <= warmupWindows + 3; w++) {
            assertThat(window(w, new String[] {"card"}, new int[] {8})).as("window %d", w).isEmpty();
        }
    }

    @Test
    void anEverydayWordJustBelowABusyWindowsTopTermsIsNotABurstWhenItMakesTheList() {
        // A busy micro-community: its top-terms list ends at about 6 posts, so words used 4 or 5 times a window
        // never show; one window's 8 uses lift "ngl" into the list, which is chance, not news.
        int w = 0;
        for (; w < Windows.PER_DAY; w++) {
            window(w, new String[] {"game", "update", "patch"}, new int[] {40, 12, 5 + w % 3}, 5 + w % 3);
        }
        assertThat(window(w, new String[] {"game", "update", "ngl"}, new int[] {41, 11, 8}, 8)).isEmpty();
        assertThat(window(w + 1, new String[] {"outage", "game", "update"}, new int[] {90, 40, 12}, 12))
                .extracting(TermBurst::term).containsExactly("outage");
    }
}
