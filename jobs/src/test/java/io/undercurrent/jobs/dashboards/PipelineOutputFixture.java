package io.undercurrent.jobs.dashboards;

import io.undercurrent.jobs.testing.CrisisTraffic;
import io.undercurrent.jobs.testing.ScriptedPipeline;
import io.undercurrent.jobs.testing.ScriptedStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link PipelineOutput}: the pipeline's output for the scripted stream, in a real Elasticsearch.
 * Started once per test run and shared by every test class that asks for it.
 *
 * <p>With {@code -Dundercurrent.it.elasticsearch.url=http://host:9200} the tests use an Elasticsearch the
 * pipeline already filled (the demo, or the docker-compose stack). Otherwise the fixture runs the scripted
 * stream through the job into an embedded Elasticsearch.
 */
final class PipelineOutputFixture implements ParameterResolver {

    static final String EXTERNAL_URL_PROPERTY = "undercurrent.it.elasticsearch.url";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PipelineOutputFixture.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PipelineOutput.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(PipelineOutput.class, key -> start(), Running.class)
                .output();
    }

    private static Running start() {
        String external = System.getProperty(EXTERNAL_URL_PROPERTY);
        if (external != null && !external.isBlank()) {
            URI url = URI.create(external);
            return new Running(() -> url, () -> {});
        }
        return runScriptedStreamThroughTheJob();
    }

    /** Runs the scripted stream through the real job, from a real Kafka broker into a real Elasticsearch node. */
    private static Running runScriptedStreamThroughTheJob() {
        try {
            ScriptedPipeline pipeline = ScriptedPipeline.start();
            try {
                // In time order, so that event time moves forward through the crisis as it would live. The canonical
                // script only: the platform fixtures span years, which no dashboard time range shows.
                pipeline.publish(crisisLeadingUpToTheScript());
                pipeline.publish(ScriptedStream.canonicalPosts());
                pipeline.runJobToEnd();
            } catch (Exception | Error e) {
                pipeline.close();
                throw e;
            }
            URI url = URI.create(pipeline.elasticsearchUrl());
            return new Running(() -> url, pipeline);
        } catch (Exception e) {
            throw new ExtensionConfigurationException("cannot run the scripted stream through the job", e);
        }
    }

    /**
     * Nearly three hours of generated NovaPay traffic ending where the script starts, with the demo's crisis in
     * r/NovaPay (then the most negative micro-community, where the drill-down goes) still going at the end: the
     * detectors' warm-up passes, and the job raises an incident that is open when the data ends, for the alert
     * panels and annotations.
     */
    private static List<ScriptedStream.Message> crisisLeadingUpToTheScript() {
        Duration length = Duration.ofMinutes(170);
        CrisisTraffic traffic = CrisisTraffic.demoWorld(ScriptedStream.START.minus(length))
                .onlyTheCrisisCommunity()
                .withTiming(length.minusMinutes(20), Duration.ofMinutes(40));
        return traffic.messages(length, ScriptedStream.CANONICAL_TOPIC);
    }

    /** The running output and how to stop it; JUnit closes it after the last test of the run. */
    private record Running(PipelineOutput output, AutoCloseable stop) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Throwable {
            stop.close();
        }
    }
}
