package io.undercurrent.jobs.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.detectors.IncidentUpdate.Change;
import io.undercurrent.jobs.records.Alert;
import org.junit.jupiter.api.Test;

class IncidentTrackerTest {
    private final DetectorSettings settings = DetectorSettings.defaults();
    private final IncidentTracker tracker = new IncidentTracker(settings);
    private final IncidentState state = new IncidentState();
    private int window;

    private IncidentUpdate step(double evidence) {
        int w = window++;
        return tracker.update(state, "p/c/m", Windows.start(w), Windows.start(w) + Windows.LENGTH, evidence);
    }

    @Test
    void opensOnceAndContinuesWithoutNewAlerts() {
        assertThat(step(0.3).change()).isEqualTo(Change.NONE);
        IncidentUpdate opened = step(1.2);
        assertThat(opened.change()).isEqualTo(Change.OPENED);
        assertThat(opened.delivers()).isTrue();
        String id = state.incidentId;
        assertThat(state.alertState).isEqualTo(Alert.State.OPEN);
        assertThat(step(1.1).change()).isEqualTo(Change.CONTINUED);
        assertThat(step(1.1).delivers()).isFalse();
        assertThat(state.incidentId).isEqualTo(id);
    }

    @Test
    void escalatesWithSizeAndPersistence() {
        step(1.0);
        assertThat(state.severity).isEqualTo(Alert.Severity.LOW);
        IncidentUpdate bigger = step(5.0);
        assertThat(bigger.change()).isEqualTo(Change.ESCALATED);
        assertThat(state.severity).isEqualTo(Alert.Severity.HIGH);
        assertThat(state.alertState).isEqualTo(Alert.State.ESCALATED);
        // Persistence alone raises it further: two more hours at the same size.
        Alert.Severity before = state.severity;
        for (int i = 0; i < 24; i++) {
            step(5.0);
        }
        assertThat(state.severity.compareTo(before)).isPositive();
    }

    @Test
    void hysteresisKeepsItOpenUntilCalmLongEnough() {
        step(2.0);
        // Between the resolve level and the alarm: still open.
        for (int i = 0; i < 10; i++) {
            assertThat(step(0.7).change()).isIn(Change.CONTINUED, Change.ESCALATED);
        }
        assertThat(step(0.1).change()).isEqualTo(Change.CONTINUED);
        assertThat(step(0.1).change()).isEqualTo(Change.CONTINUED);
        IncidentUpdate resolved = step(0.1);
        assertThat(resolved.change()).isEqualTo(Change.RESOLVED);
        assertThat(state.alertState).isEqualTo(Alert.State.RESOLVED);
        assertThat(state.history).extracting(t -> t.state).startsWith(Alert.State.OPEN).endsWith(Alert.State.RESOLVED);
    }

    @Test
    void firingWithinTheCooldownReopensTheSameIncident() {
        step(2.0);
        for (int i = 0; i < 3; i++) {
            step(0.0);
        }
        String id = state.incidentId;
        assertThat(step(1.5).change()).isEqualTo(Change.REOPENED);
        assertThat(state.incidentId).isEqualTo(id);
        assertThat(state.alertState).isEqualTo(Alert.State.OPEN);
    }

    @Test
    void afterTheCooldownANewIncidentOpens() {
        step(2.0);
        for (int i = 0; i < 3; i++) {
            step(0.0);
        }
        String first = state.incidentId;
        int cooldownWindows = (int) (settings.cooldownMs / Windows.LENGTH);
        for (int i = 0; i < cooldownWindows; i++) {
            assertThat(step(0.0).change()).isEqualTo(Change.NONE);
        }
        assertThat(step(1.5).change()).isEqualTo(Change.OPENED);
        assertThat(state.incidentId).isNotEqualTo(first);
        assertThat(state.history).hasSize(1);
    }
}
