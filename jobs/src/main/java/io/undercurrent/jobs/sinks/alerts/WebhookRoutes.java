package io.undercurrent.jobs.sinks.alerts;

import io.undercurrent.jobs.records.Alert;
import java.io.File;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.flink.configuration.YamlParserUtils;

/**
 * Webhook routing from a YAML file ({@code alerts.webhooks.routes-file}):
 *
 * <pre>{@code
 * webhooks:
 *   - name: novapay-slack
 *     format: slack                      # Slack-compatible incoming webhook
 *     url: https://hooks.slack.com/services/T000/B000/XXXX
 *     communities: [reddit/novapay]      # platform/community, platform/* or *
 *     min-severity: medium               # optional; low by default
 *   - name: incident-tool
 *     format: json                       # the alert JSON, signed with HMAC-SHA256
 *     url: https://incidents.example.com/hooks/undercurrent
 *     secret-env: UNDERCURRENT_WEBHOOK_SECRET   # or secret: ... (keep the file private then)
 *     communities: ["*"]
 *   - name: support-desk
 *     format: json
 *     url: https://support.example.com/hooks
 *     secret-env: SUPPORT_WEBHOOK_SECRET
 *     teams: [support]                   # micro-communities whose registry settings say routing.team: support
 * }</pre>
 * A webhook lists communities, teams or both. The file is read once, when the job is built; secrets named by
 * {@code secret-env} are read from that process's environment then. Teams come from {@link #withTeams}.
 */
public final class WebhookRoutes implements AlertRouting {
    private static final long serialVersionUID = 1L;

    /** The team a scope belongs to, or null; {@code microCommunity} is null for a community. */
    @FunctionalInterface
    public interface Teams extends Serializable {
        String teamOf(String platform, String community, String microCommunity);
    }

    private final List<WebhookTarget> targets;
    private final Teams teams;

    public WebhookRoutes(List<WebhookTarget> targets) {
        this(targets, (platform, community, microCommunity) -> null);
    }

    private WebhookRoutes(List<WebhookTarget> targets, Teams teams) {
        this.targets = List.copyOf(targets);
        this.teams = teams;
    }

    /** The same webhooks, with teams looked up in {@code teams} (the community registry's {@code routing.team}). */
    public WebhookRoutes withTeams(Teams teams) {
        return new WebhookRoutes(targets, teams);
    }

    public static WebhookRoutes load(Path file) {
        return load(file, System::getenv);
    }

    static WebhookRoutes load(Path file, UnaryOperator<String> environment) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("webhook routes file not found: " + file);
        }
        Map<String, Object> yaml;
        try {
            yaml = YamlParserUtils.loadYamlFile(new File(file.toString()));
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read webhook routes file " + file + ": " + e.getMessage(), e);
        }
        Object webhooks = yaml == null ? null : yaml.get("webhooks");
        if (!(webhooks instanceof List<?> entries)) {
            throw new IllegalArgumentException(file + ": expected a list under 'webhooks'");
        }
        List<WebhookTarget> targets = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw new IllegalArgumentException(file + ": webhook #" + (i + 1) + " is not a map");
            }
            try {
                targets.add(target(entry, environment));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ": webhook #" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new WebhookRoutes(targets);
    }

    private static WebhookTarget target(Map<?, ?> entry, UnaryOperator<String> environment) {
        String name = required(entry, "name");
        WebhookTarget.Format format = WebhookTarget.Format.valueOf(required(entry, "format").toUpperCase(Locale.ROOT));
        URI url = URI.create(required(entry, "url"));
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("url must be http or https: " + url);
        }
        String secret = entry.get("secret") == null ? null : entry.get("secret").toString();
        if (entry.get("secret-env") != null) {
            String variable = entry.get("secret-env").toString();
            secret = environment.apply(variable);
            if (secret == null || secret.isEmpty()) {
                throw new IllegalArgumentException("environment variable " + variable + " (secret-env) is not set");
            }
        }
        List<String> communities = strings(entry, "communities");
        List<String> teams = strings(entry, "teams");
        if (communities.isEmpty() && teams.isEmpty()) {
            throw new IllegalArgumentException("list 'communities' (community, platform/* or *), 'teams', or both");
        }
        Alert.Severity minSeverity = entry.get("min-severity") == null ? Alert.Severity.LOW
                : Alert.Severity.valueOf(entry.get("min-severity").toString().toUpperCase(Locale.ROOT));
        return new WebhookTarget(name, format, url, secret, communities, teams, minSeverity);
    }

    private static List<String> strings(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("'" + key + "' must be a list");
        }
        return list.stream().map(Object::toString).toList();
    }

    private static String required(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value.toString();
    }

    @Override
    public List<WebhookTarget> targetsFor(Alert alert) {
        String team = teams.teamOf(alert.platform, alert.community, alert.microCommunity);
        return targets.stream().filter(target -> target.wants(alert, team)).toList();
    }

    public List<WebhookTarget> targets() {
        return targets;
    }
}
