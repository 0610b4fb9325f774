package io.undercurrent.jobs.detectors.simulate;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints simulation results as plain-text (Markdown) tables. */
public final class SimulationTable {
    private SimulationTable() {}

    public static void print(PrintStream out, List<Simulation.Result> results) {
        out.println("| scenario | micro-communities | alerts | false alerts | false / micro-community-week "
                + "| found / injected | median delay (windows) |");
        out.println("|---|---|---|---|---|---|---|");
        for (Simulation.Result r : results) {
            int injected = r.crises().size();
            out.println(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %s | %s |", r.scenario(),
                    r.microCommunities(), r.alerts(), r.falseAlerts(), r.falseAlertsPerMicroCommunityWeek(),
                    injected == 0 ? "-" : r.found() + " / " + injected,
                    injected == 0 ? "-" : String.format(Locale.ROOT, "%.1f", r.medianDelay())));
        }
        out.println();
        out.println("| scenario | false alerts opened by |");
        out.println("|---|---|");
        for (Simulation.Result r : results) {
            out.println("| " + r.scenario() + " | " + (r.falseAlertsBySignal().isEmpty() ? "-"
                    : r.falseAlertsBySignal().entrySet().stream()
                            .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                            .collect(Collectors.joining(", "))) + " |");
        }
        for (Simulation.Result r : results) {
            if (r.crises().isEmpty()) {
                continue;
            }
            out.println();
            out.println("| crisis (" + r.scenario() + ") | usual posts / window | delay (windows) |");
            out.println("|---|---|---|");
            for (Simulation.CrisisOutcome c : r.crises()) {
                out.println(String.format(Locale.ROOT, "| %s | %.1f | %s |", c.crisis().name(), c.postsPerWindow(),
                        c.delayWindows() == null ? "missed" : c.delayWindows().toString()));
            }
        }
    }
}
