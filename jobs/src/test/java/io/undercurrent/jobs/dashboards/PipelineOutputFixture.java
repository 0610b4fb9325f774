package io.undercurrent.jobs.dashboards;

import java.net.URI;
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

    /**
     * Starts an embedded Elasticsearch ({@code io.undercurrent.jobs.embedded.EmbeddedElasticsearch}), runs the
     * scripted stream through the monitor job into it and waits until the job has written its posts and
     * micro-maps. Wired when the embedded node and the pipeline are on the same branch as these tests.
     */
    private static Running runScriptedStreamThroughTheJob() {
        throw new ExtensionConfigurationException("the pipeline fixture is not wired to the embedded Elasticsearch "
                + "and the job yet; run with -D" + EXTERNAL_URL_PROPERTY + "=http://localhost:9200 against "
                + "an Elasticsearch the pipeline filled");
    }

    /** The running output and how to stop it; JUnit closes it after the last test of the run. */
    private record Running(PipelineOutput output, AutoCloseable stop) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Throwable {
            stop.close();
        }
    }
}
