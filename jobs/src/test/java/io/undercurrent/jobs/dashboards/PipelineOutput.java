package io.undercurrent.jobs.dashboards;

import java.net.URI;
import java.util.Set;

/** An Elasticsearch node holding what the monitor job wrote for the scripted stream. */
interface PipelineOutput {

    /**
     * Datasources whose indices the pipeline writes today. Community health comes with a later issue:
     * add their uids once the pipeline writes those indices, and their panels get proven too.
     */
    Set<String> WRITTEN_DATASOURCES = Set.of("undercurrent-posts", "undercurrent-micromaps", "undercurrent-alerts");

    URI elasticsearchUrl();
}
