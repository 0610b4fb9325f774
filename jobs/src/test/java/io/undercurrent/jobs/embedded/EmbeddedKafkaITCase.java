package io.undercurrent.jobs.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaITCase {

    @Test
    void startsRealBrokerThatCarriesRecordsAndStopsWithoutTrace() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Options.defaults());
        long pid = kafka.pid();
        Path workDir = kafka.workDir();
        int port = Integer.parseInt(kafka.bootstrapServers().substring(kafka.bootstrapServers().lastIndexOf(':') + 1));
        try {
            assertThat(ProcessHandle.of(pid)).get().matches(ProcessHandle::isAlive);
            kafka.createTopics(Map.of("it-posts", 3));
            kafka.createTopics(Map.of("it-posts", 3)); // an existing topic is kept, not an error

            produce(kafka, "it-posts", "reddit:t1_abc", "{\"text\":\"hello\"}");
            List<ConsumerRecord<String, String>> received = consume(kafka, "it-posts");
            assertThat(received).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("reddit:t1_abc");
                assertThat(r.value()).isEqualTo("{\"text\":\"hello\"}");
            });
            assertThat(workDir.resolve("broker.log")).content().contains("Kafka Server started");
        } finally {
            kafka.close();
        }

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(workDir).doesNotExist();
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void keepsItsDataInAConfiguredWorkDirAcrossRestarts(@TempDir Path workDir) throws Exception {
        EmbeddedKafka.Options options = EmbeddedKafka.Options.defaults().withWorkDir(workDir);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(options)) {
            kafka.createTopics(Map.of("it-kept", 1));
            produce(kafka, "it-kept", "k", "survives a restart");
        }
        assertThat(workDir.resolve("data").resolve("meta.properties")).exists();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(options)) {
            assertThat(consume(kafka, "it-kept")).singleElement()
                    .satisfies(r -> assertThat(r.value()).isEqualTo("survives a restart"));
        }
    }

    @Test
    void refusesAPortThatIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedKafka.start(EmbeddedKafka.Options.defaults()
                    .withPort(taken.getLocalPort())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " on 127.0.0.1 is in use");
        }
    }

    @Test
    void brokerExitsWhenItsParentIsKilled(@TempDir Path workDir) throws Exception {
        // A killed parent cannot delete the broker's work dir, so it gets one JUnit cleans up.
        Process parent = new ProcessBuilder(ChildProcess.javaLauncher(),
                "-D" + EmbeddedArtifacts.PROPERTY + "=" + EmbeddedArtifacts.directory(),
                "-cp", System.getProperty("java.class.path"),
                BrokerParent.class.getName(), workDir.toString())
                .redirectErrorStream(true)
                .start();
        Optional<ProcessHandle> broker = Optional.empty();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(BrokerParent.PID_PREFIX)) {
                    broker = ProcessHandle.of(Long.parseLong(line.substring(BrokerParent.PID_PREFIX.length())));
                    break;
                }
            }
            assertThat(broker).as("broker pid printed by the parent").isPresent();
            assertThat(broker.get().isAlive()).isTrue();

            parent.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs in the parent
            assertThat(broker.get().onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            parent.destroyForcibly();
            broker.ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** A parent JVM that starts a broker, reports its pid and waits to be killed. */
    public static final class BrokerParent {
        static final String PID_PREFIX = "broker-pid=";

        public static void main(String[] args) throws Exception {
            EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Options.defaults().withWorkDir(Path.of(args[0])));
            System.out.println(PID_PREFIX + kafka.pid());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static void produce(EmbeddedKafka kafka, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(kafka))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Reads the topic from the start until a record arrives or a minute passes. */
    private static List<ConsumerRecord<String, String>> consume(EmbeddedKafka kafka, String topic) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps(kafka))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }
        return received;
    }

    private static Properties producerProps(EmbeddedKafka kafka) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    private static Properties consumerProps(EmbeddedKafka kafka) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-group");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
