package io.undercurrent.jobs.sinks.alerts;

import io.undercurrent.jobs.records.Alert;
import java.io.Serializable;
import java.net.URI;
import java.util.List;

/**
 * One webhook: where it is, what payload it takes, and which alerts it hears about.
 *
 * @param name        how logs and metrics call it
 * @param format      {@link Format#SLACK} for a Slack-compatible incoming webhook, {@link Format#JSON} for the alert
 *                    JSON signed with HMAC-SHA256
 * @param url         where to POST
 * @param secret      HMAC key of a {@link Format#JSON} webhook (required there); null for Slack
 * @param communities {@code platform/community}, {@code platform/*} or {@code *}
 * @param teams       teams whose micro-communities it hears about (the community registry's {@code routing.team})
 * @param minSeverity alerts below this severity are not sent
 */
public record WebhookTarget(String name, Format format, URI url, String secret, List<String> communities,
        List<String> teams, Alert.Severity minSeverity) implements Serializable {

    public enum Format { SLACK, JSON }

    public WebhookTarget {
        communities = List.copyOf(communities);
        teams = List.copyOf(teams);
        if (format == Format.JSON && (secret == null || secret.isEmpty())) {
            throw new IllegalArgumentException("webhook " + name + ": a json webhook needs a secret to sign with");
        }
    }

    /** True when this webhook hears about {@code alert}'s community, or its team, at its severity. */
    public boolean wants(Alert alert, String team) {
        return alert.severity != null && alert.severity.compareTo(minSeverity) >= 0
                && (communities.stream().anyMatch(pattern -> matches(pattern, alert))
                        || team != null && teams.contains(team));
    }

    private static boolean matches(String pattern, Alert alert) {
        return pattern.equals("*") || pattern.equals(alert.platform + "/*")
                || pattern.equals(alert.platform + "/" + alert.community);
    }

    @Override
    public String toString() {
        // never the secret
        return "webhook " + name + " (" + format.name().toLowerCase(java.util.Locale.ROOT) + ", " + url + ")";
    }
}
