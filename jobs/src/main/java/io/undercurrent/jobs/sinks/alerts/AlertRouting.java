package io.undercurrent.jobs.sinks.alerts;

import io.undercurrent.jobs.records.Alert;
import java.io.Serializable;
import java.util.List;

/**
 * Which webhooks hear about an alert. Built where the job is defined and shipped with it, so an implementation must
 * be serializable and answer from what it holds. {@link WebhookRoutes} reads a YAML file; a community registry can
 * answer the same question.
 */
@FunctionalInterface
public interface AlertRouting extends Serializable {

    List<WebhookTarget> targetsFor(Alert alert);
}
