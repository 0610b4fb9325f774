package io.undercurrent.jobs.dashboards;

import java.util.List;

/**
 * One query of one panel, with what a reader needs to find it again, and the columns the panel shows of a
 * document query (its "filter fields by name" transformation).
 */
record PanelTarget(String dashboard, long panelId, String panelTitle, String datasourceUid, GrafanaTarget target,
        List<String> shownFields) {

    String describe() {
        return dashboard + " / #" + panelId + " " + panelTitle + " / " + target.refId();
    }
}
