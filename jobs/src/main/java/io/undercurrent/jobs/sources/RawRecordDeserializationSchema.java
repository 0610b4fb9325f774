package io.undercurrent.jobs.sources;

import io.undercurrent.jobs.records.RawRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps each Kafka record as it arrived, unparsed, so that the source can never fail on a bad value: parsing
 * happens later, in {@link io.undercurrent.jobs.functions.ParsePostFunction}, where failures become dead letters.
 * A record without a value (a tombstone) becomes an empty payload and is dead-lettered like any other bad input.
 */
public class RawRecordDeserializationSchema implements KafkaRecordDeserializationSchema<RawRecord> {

    private static final byte[] NO_PAYLOAD = new byte[0];

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawRecord> out) {
        byte[] value = record.value();
        out.collect(new RawRecord(record.topic(), record.partition(), record.offset(), record.timestamp(),
                value == null ? NO_PAYLOAD : value));
    }

    @Override
    public TypeInformation<RawRecord> getProducedType() {
        return TypeInformation.of(RawRecord.class);
    }
}
