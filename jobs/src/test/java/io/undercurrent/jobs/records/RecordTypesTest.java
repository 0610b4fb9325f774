package io.undercurrent.jobs.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.functions.ConversationTracker;
import io.undercurrent.jobs.functions.MicroMapAccumulator;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.CompositeType;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.ListTypeInfo;
import org.apache.flink.api.java.typeutils.MapTypeInfo;
import org.apache.flink.api.java.typeutils.ObjectArrayTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.api.Test;

/**
 * The records and states of the micro-map stage are Flink POJOs all the way down: no field falls back to Kryo,
 * which would be slow for 100,000 micro-communities' window state and could not evolve with the schema.
 */
class RecordTypesTest {

    @Test
    void microMapStageTypesNeedNoKryo() {
        for (Class<?> type : List.of(CommunityPost.class, MicroMap.class, MicroMapAccumulator.class,
                HealthReport.class, ConversationTracker.PostTrace.class, ConversationTracker.Status.class)) {
            TypeInformation<?> info = TypeInformation.of(type);
            assertThat(info).as(type.getSimpleName()).isInstanceOf(PojoTypeInfo.class);
            assertThat(genericParts(type.getSimpleName(), info)).as(type.getSimpleName()).isEmpty();
        }
    }

    private static List<String> genericParts(String path, TypeInformation<?> info) {
        List<String> generic = new ArrayList<>();
        if (info instanceof GenericTypeInfo) {
            generic.add(path + ": " + info);
        } else if (info instanceof CompositeType<?> composite) {
            String[] names = composite.getFieldNames();
            for (int i = 0; i < composite.getArity(); i++) {
                generic.addAll(genericParts(path + "." + names[i], composite.getTypeAt(i)));
            }
        } else if (info instanceof ObjectArrayTypeInfo<?, ?> array) {
            generic.addAll(genericParts(path + "[]", array.getComponentInfo()));
        } else if (info instanceof MapTypeInfo<?, ?> map) {
            generic.addAll(genericParts(path + "{key}", map.getKeyTypeInfo()));
            generic.addAll(genericParts(path + "{value}", map.getValueTypeInfo()));
        } else if (info instanceof ListTypeInfo<?> list) {
            generic.addAll(genericParts(path + "[]", list.getElementTypeInfo()));
        }
        return generic;
    }
}
