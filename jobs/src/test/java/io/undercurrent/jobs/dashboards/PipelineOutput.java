package io.undercurrent.jobs.dashboards;

import java.net.URI;
import java.util.Set;

/** An Elasticsearch node holding what the monitor job wrote for the scripted stream. */
interface PipelineOutput {

    /** Datasources whose indices the pipeline writes: every panel that reads one of them is proven. */
    Set<String> WRITTEN_DATASOURCES =
            Set.of("undercurrent-posts", "undercurrent-micromaps", "undercurrent-health", "undercurrent-alerts");

    URI elasticsearchUrl();
}
