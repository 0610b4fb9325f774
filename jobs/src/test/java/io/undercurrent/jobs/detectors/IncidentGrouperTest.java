package io.undercurrent.jobs.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.Alert;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentGrouperTest {
    private final DetectorSettings settings = DetectorSettings.defaults();
    private final IncidentGrouper grouper = new IncidentGrouper(settings);
    private final IncidentTracker tracker = new IncidentTracker(settings);
    private final GroupState group = new GroupState();
    private final MicroCommunityState community = scope(null);

    private static MicroCommunityState scope(String micro) {
        MicroCommunityState state = new MicroCommunityState();
        state.platform = "p";
        state.community = "c";
        state.microCommunity = micro;
        return state;
    }

    /** Opens (evidence 2) or, after calm windows, resolves a scope's incident and returns its alert. */
    private Alert open(MicroCommunityState state, long windowStart) {
        tracker.update(state.incident, state.microCommunity == null ? "p/c" : "p/c/" + state.microCommunity,
                windowStart, windowStart + 60_000, 2.0);
        state.lastWindowEnd = windowStart + 60_000;
        return AlertFactory.build(state);
    }

    private Alert resolve(MicroCommunityState state, long from) {
        Alert last = null;
        for (long t = from; last == null || last.state != Alert.State.RESOLVED; t += 60_000) {
            tracker.update(state.incident, "k", t, t + 60_000, 0.0);
            state.lastWindowEnd = t + 60_000;
            last = AlertFactory.build(state);
        }
        return last;
    }

    @Test
    void childOpenFirstIsGroupedAndReEmittedWithANewVersionWhenTheCommunityOpens() {
        MicroCommunityState child = scope("m1");
        Alert childAlert = open(child, 0);
        grouper.acceptChild(group, community, child, childAlert);
        assertThat(childAlert.parentAlertId).isNull();

        Alert communityAlert = open(community, 60_000);
        List<String> regroup = grouper.acceptCommunity(group, community, communityAlert);
        assertThat(regroup).containsExactly("m1");
        assertThat(communityAlert.childAlertIds).containsExactly(childAlert.alertId);

        Alert reEmitted = grouper.groupUnder(group, child);
        assertThat(reEmitted.alertId).isEqualTo(childAlert.alertId);
        assertThat(reEmitted.parentAlertId).isEqualTo(communityAlert.alertId);
        assertThat(reEmitted.version).isEqualTo(childAlert.version + 1);
        assertThat(reEmitted.history).last().satisfies(t -> assertThat(t.note).contains(communityAlert.alertId));
        assertThat(grouper.groupUnder(group, child)).as("grouped once").isNull();
    }

    @Test
    void childOpeningDuringACommunityIncidentCarriesItsParentAtOnce() {
        Alert communityAlert = open(community, 0);
        assertThat(grouper.acceptCommunity(group, community, communityAlert)).isEmpty();
        MicroCommunityState child = scope("m2");
        Alert childAlert = open(child, 60_000);
        grouper.acceptChild(group, community, child, childAlert);
        assertThat(childAlert.parentAlertId).isEqualTo(communityAlert.alertId);
        assertThat(childAlert.version).isEqualTo(1);
        assertThat(community.incident.childAlertIds).containsExactly(childAlert.alertId);
    }

    @Test
    void aResolvedCommunityGroupsNothingNew() {
        grouper.acceptCommunity(group, community, open(community, 0));
        grouper.acceptCommunity(group, community, resolve(community, 60_000));
        MicroCommunityState child = scope("m3");
        Alert childAlert = open(child, 3_600_000);
        grouper.acceptChild(group, community, child, childAlert);
        assertThat(childAlert.parentAlertId).isNull();
    }

    @Test
    void resolvedChildrenAreForgotten() {
        MicroCommunityState child = scope("m4");
        grouper.acceptChild(group, community, child, open(child, 0));
        grouper.acceptChild(group, community, child, resolve(child, 60_000));
        assertThat(group.openChildren).isEmpty();
        assertThat(grouper.acceptCommunity(group, community, open(community, 3_600_000))).isEmpty();
    }
}
