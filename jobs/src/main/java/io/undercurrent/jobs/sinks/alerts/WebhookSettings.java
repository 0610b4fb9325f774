package io.undercurrent.jobs.sinks.alerts;

import java.io.Serializable;
import java.time.Duration;

/**
 * How webhook deliveries are made (options {@code alerts.webhooks.*}).
 *
 * @param queueCapacity  deliveries waiting or retrying per sink subtask; new ones beyond it are dropped and counted
 * @param maxAttempts    attempts per delivery before it is given up and counted
 * @param initialBackoff wait before the first retry, doubling with each further one ...
 * @param maxBackoff     ... up to this (a 429's Retry-After is honoured within it)
 * @param timeout        one request, connecting included
 */
public record WebhookSettings(int queueCapacity, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
        Duration timeout) implements Serializable {

    public WebhookSettings {
        if (queueCapacity < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("webhook queue capacity and attempts must be at least 1");
        }
    }
}
