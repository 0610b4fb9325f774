package io.undercurrent.jobs.sinks.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.records.Alert;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class AlertSerializationSchemaTest {
    @Test
    void anAlertIsKeyedByItsIdSoEveryUpdateOfAnIncidentStaysInOrder() throws Exception {
        Alert alert = TestAlerts.crisis("novapay", "billing");
        ProducerRecord<byte[], byte[]> record = new AlertSerializationSchema("undercurrent.alerts")
                .serialize(alert, null, 123L);
        assertThat(record.topic()).isEqualTo("undercurrent.alerts");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(alert.alertId);
        assertThat(record.timestamp()).as("stamped by the producer when sent").isNull();
        assertThat(new ObjectMapper().readTree(record.value()).path("version").asLong()).isEqualTo(alert.version);
    }
}
