package io.undercurrent.jobs.sinks.alerts;

import io.undercurrent.jobs.records.Alert;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links an alert to the Crisis room dashboard (uid {@value #CRISIS_ROOM_UID}, see {@code dashboards/}) filtered to
 * its platform, community and micro-community (all micro-communities for a community incident), from an hour
 * before it started to half an hour after it resolved, or to now while it is open.
 */
public final class GrafanaLinks implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String CRISIS_ROOM_UID = "undercurrent-crisis-room";
    private static final String CRISIS_ROOM_PATH = "/d/" + CRISIS_ROOM_UID + "/crisis-room";
    private static final long BEFORE_MS = 60 * 60_000L;
    private static final long AFTER_MS = 30 * 60_000L;
    /** Grafana's value for "All" in a multi-value variable. */
    private static final String ALL = "$__all";

    private final String baseUrl;

    /** @param baseUrl where Grafana is reached, e.g. {@code http://localhost:3000} */
    public GrafanaLinks(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String forAlert(Alert alert) {
        String to = alert.resolvedTime == null ? "now" : Long.toString(alert.resolvedTime + AFTER_MS);
        return baseUrl + CRISIS_ROOM_PATH
                + "?from=" + (alert.startTime - BEFORE_MS)
                + "&to=" + to
                + "&var-platform=" + encode(alert.platform)
                + "&var-community=" + encode(alert.community)
                + "&var-micro_community=" + (alert.microCommunity == null ? encode(ALL) : encode(alert.microCommunity));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
