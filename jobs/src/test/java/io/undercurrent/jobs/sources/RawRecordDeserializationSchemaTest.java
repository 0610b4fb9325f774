package io.undercurrent.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.RawRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class RawRecordDeserializationSchemaTest {

    private final RawRecordDeserializationSchema schema = new RawRecordDeserializationSchema();

    @Test
    void keepsTheRecordAsItArrived() throws Exception {
        byte[] value = "not even JSON".getBytes(StandardCharsets.UTF_8);

        RawRecord raw = deserialize(record(value));

        assertThat(raw.topic).isEqualTo("posts.reddit");
        assertThat(raw.partition).isEqualTo(3);
        assertThat(raw.offset).isEqualTo(1234L);
        assertThat(raw.timestamp).isEqualTo(1712648541000L);
        assertThat(raw.payload).isEqualTo(value);
    }

    @Test
    void recordWithoutValueBecomesAnEmptyPayload() throws Exception {
        RawRecord raw = deserialize(record(null));

        assertThat(raw.payload).isEmpty();
        assertThat(raw.offset).isEqualTo(1234L);
    }

    @Test
    void producesAFlinkPojoSoNoKryoIsNeeded() {
        TypeInformation<RawRecord> type = schema.getProducedType();

        assertThat(type).isInstanceOf(PojoTypeInfo.class);
    }

    private RawRecord deserialize(ConsumerRecord<byte[], byte[]> record) throws Exception {
        List<RawRecord> out = new ArrayList<>();
        schema.deserialize(record, new ListCollector<>(out));
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static ConsumerRecord<byte[], byte[]> record(byte[] value) {
        return new ConsumerRecord<>("posts.reddit", 3, 1234L, 1712648541000L, TimestampType.CREATE_TIME,
                -1, value == null ? -1 : value.length, null, value, new RecordHeaders(), Optional.empty());
    }
}
