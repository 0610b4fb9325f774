package io.undercurrent.jobs.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.WindowStats;
import java.io.IOException;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** The state a Flink operator keeps must survive a checkpoint: a POJO, and the same after a round trip. */
class DetectorStateSerializationTest {

    @Test
    void microCommunityStateIsAPojoThatSurvivesARoundTrip() throws IOException {
        MicroCommunityDetector detector = new MicroCommunityDetector(DetectorSettings.defaults());
        MicroCommunityState state = new MicroCommunityState();
        Windows traffic = new Windows(5);
        int w = 0;
        for (; w < 2 * Windows.PER_DAY; w++) {
            WindowStats window = traffic.window("m", w, traffic.poisson(10), 0.2);
            window.terms = new String[] {"game"};
            window.termCounts = new int[] {3};
            detector.update(state, window);
        }
        detector.update(state, traffic.window("m", w++, 80, 0.8));

        TypeInformation<MicroCommunityState> type = TypeInformation.of(MicroCommunityState.class);
        assertThat(type).isInstanceOf(PojoTypeInfo.class);
        TypeSerializer<MicroCommunityState> serializer = type.createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(4096);
        serializer.serialize(state, out);
        MicroCommunityState restored = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        // The restored state judges the next window exactly as the original does.
        MicroCommunityState original = state;
        WindowStats next = traffic.window("m", w, 90, 0.8);
        List<Assessment> a = detector.update(original, next);
        List<Assessment> b = detector.update(restored, next);
        assertThat(b.get(0).evidence()).isEqualTo(a.get(0).evidence());
        assertThat(b.get(0).volume()).isEqualTo(a.get(0).volume());
        assertThat(restored.incident.incidentId).isEqualTo(original.incident.incidentId);
        assertThat(restored.terms.terms).containsKey("game");
    }

    @Test
    void alertIsAPojo() {
        assertThat(TypeInformation.of(Alert.class)).isInstanceOf(PojoTypeInfo.class);
        assertThat(TypeInformation.of(WindowStats.class)).isInstanceOf(PojoTypeInfo.class);
    }
}
