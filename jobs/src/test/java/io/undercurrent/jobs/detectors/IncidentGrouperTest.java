package io.undercurrent.jobs.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.Alert;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentGrouperTest {
    private final IncidentGrouper grouper = new IncidentGrouper();
    private final GroupState state = new GroupState();

    private static Alert alert(String id, String micro, Alert.State lifecycle) {
        Alert a = new Alert();
        a.alertId = id;
        a.platform = "p";
        a.community = "c";
        a.microCommunity = micro;
        a.state = lifecycle;
        return a;
    }

    @Test
    void childFiringFirstIsGroupedWhenTheCommunityFires() {
        grouper.accept(state, alert("child-1", "m1", Alert.State.OPEN));
        List<Alert> out = grouper.accept(state, alert("community", null, Alert.State.OPEN));
        assertThat(out).extracting(a -> a.alertId).containsExactly("community", "child-1");
        assertThat(out.get(0).childAlertIds).containsExactly("child-1");
        assertThat(out.get(1).parentAlertId).isEqualTo("community");
    }

    @Test
    void childFiringDuringACommunityIncidentGetsItsParent() {
        grouper.accept(state, alert("community", null, Alert.State.OPEN));
        List<Alert> out = grouper.accept(state, alert("child-2", "m2", Alert.State.OPEN));
        assertThat(out).singleElement().extracting(a -> a.parentAlertId).isEqualTo("community");
    }

    @Test
    void resolvedCommunityGroupsNothingNew() {
        grouper.accept(state, alert("community", null, Alert.State.OPEN));
        grouper.accept(state, alert("community", null, Alert.State.RESOLVED));
        List<Alert> out = grouper.accept(state, alert("child-3", "m3", Alert.State.OPEN));
        assertThat(out.get(0).parentAlertId).isNull();
    }

    @Test
    void resolvedChildrenAreForgotten() {
        grouper.accept(state, alert("child-4", "m4", Alert.State.OPEN));
        grouper.accept(state, alert("child-4", "m4", Alert.State.RESOLVED));
        List<Alert> out = grouper.accept(state, alert("community", null, Alert.State.OPEN));
        assertThat(out).extracting(a -> a.alertId).containsExactly("community");
        assertThat(state.openChildren).isEmpty();
    }
}
