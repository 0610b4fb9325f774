package io.undercurrent.jobs.detectors.simulate;

import io.undercurrent.jobs.detectors.Assessment;
import io.undercurrent.jobs.detectors.DetectorSettings;
import io.undercurrent.jobs.detectors.IncidentUpdate;
import io.undercurrent.jobs.detectors.MicroCommunityDetector;
import io.undercurrent.jobs.detectors.MicroCommunityState;
import io.undercurrent.jobs.records.Alert;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Runs the micro-community detectors over synthetic traffic: a warm-up week the detectors learn from, then an
 * evaluation week that is scored. Windows are 5 minutes long. An alert is an incident opened in the evaluation
 * week; it is false unless it opened during an injected crisis in that micro-community (or within an hour after).
 * A crisis is found when a crisis-spike signal fires in its micro-community while it lasts (or within an hour
 * after); its delay counts windows from its first window.
 */
public final class Simulation {
    public static final long WINDOW_MS = 5 * 60_000L;
    public static final int WEEK = (int) (7 * 24 * 3_600_000L / WINDOW_MS);
    private static final int GRACE = 12;
    /** Monday 2025-01-06 00:00 UTC. */
    private static final long START_MS = 1_736_121_600_000L;

    private final DetectorSettings settings;
    private final List<CommunityProfile> profiles;
    private final long seed;

    /** What happened to one injected crisis; {@code delayWindows} is null when it was missed. */
    public record CrisisOutcome(InjectedCrisis crisis, double postsPerWindow, Integer delayWindows) {}

    /**
     * @param falseAlertsBySignal false alerts counted by the signals that opened them (an alert opened by two
     *                            signals counts under both)
     */
    public record Result(String scenario, int microCommunities, int alerts, int falseAlerts,
            Map<Alert.SignalKind, Integer> falseAlertsBySignal, List<CrisisOutcome> crises) {

        public double falseAlertsPerMicroCommunityWeek() {
            return (double) falseAlerts / microCommunities;
        }

        public long found() {
            return crises.stream().filter(c -> c.delayWindows() != null).count();
        }

        /** Median delay of the crises found, in windows; NaN when none was injected or found. */
        public double medianDelay() {
            double[] delays = crises.stream().filter(c -> c.delayWindows() != null)
                    .mapToDouble(CrisisOutcome::delayWindows).sorted().toArray();
            if (delays.length == 0) {
                return Double.NaN;
            }
            int mid = delays.length / 2;
            return delays.length % 2 == 1 ? delays[mid] : (delays[mid - 1] + delays[mid]) / 2;
        }
    }

    public Simulation(DetectorSettings settings, int microCommunities, long seed) {
        this.settings = settings;
        this.profiles = SyntheticTraffic.profiles(microCommunities, seed);
        this.seed = seed;
    }

    public List<CommunityProfile> profiles() {
        return profiles;
    }

    public Result run(String scenario, List<InjectedCrisis> crises) {
        SyntheticTraffic traffic = new SyntheticTraffic(profiles, START_MS, WINDOW_MS, seed + 1);
        MicroCommunityDetector detector = new MicroCommunityDetector(settings);
        int alerts = 0;
        int falseAlerts = 0;
        Map<Alert.SignalKind, Integer> bySignal = new EnumMap<>(Alert.SignalKind.class);
        Integer[] delays = new Integer[crises.size()];
        for (int micro = 0; micro < profiles.size(); micro++) {
            MicroCommunityState state = new MicroCommunityState();
            for (int window = 0; window < 2 * WEEK; window++) {
                for (Assessment a : detector.update(state, traffic.window(micro, window, crises))) {
                    if (window < WEEK) {
                        continue;
                    }
                    if (a.incident().change() == IncidentUpdate.Change.OPENED) {
                        alerts++;
                        if (crisisAt(crises, micro, window) < 0) {
                            falseAlerts++;
                            a.signals().stream().map(signal -> signal.kind).distinct()
                                    .forEach(kind -> bySignal.merge(kind, 1, Integer::sum));
                        }
                    }
                    int crisis = crisisAt(crises, micro, window);
                    if (crisis >= 0 && delays[crisis] == null && a.hasSignal(Alert.SignalKind.CRISIS_SPIKE)) {
                        delays[crisis] = window - crises.get(crisis).startWindow();
                    }
                }
            }
        }
        List<CrisisOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < crises.size(); i++) {
            InjectedCrisis c = crises.get(i);
            outcomes.add(new CrisisOutcome(c, profiles.get(c.microCommunity()).postsPerWindow(), delays[i]));
        }
        return new Result(scenario, profiles.size(), alerts, falseAlerts, bySignal, outcomes);
    }

    /** Index of the crisis (with its grace hour) covering a window of a micro-community, or -1. */
    private static int crisisAt(List<InjectedCrisis> crises, int micro, int window) {
        for (int i = 0; i < crises.size(); i++) {
            InjectedCrisis c = crises.get(i);
            if (c.microCommunity() == micro && window >= c.startWindow()
                    && window < c.startWindow() + c.windows() + GRACE) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Ten crises of different sizes and shapes in the evaluation week, at different times of day, each in its own
     * micro-community: the two quietest micro-communities get the small-community crises, the others go to
     * micro-communities spread over the range of sizes.
     */
    public List<InjectedCrisis> standardCrises() {
        List<Integer> bySize = IntStream.range(0, profiles.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> profiles.get(i).postsPerWindow())).toList();
        int n = bySize.size();
        int hour = 12;
        int day = 24 * hour;
        return List.of(
                new InjectedCrisis("sudden x4, 1 h", bySize.get(n / 3), WEEK + day + 14 * hour, 12,
                        CrisisShape.SUDDEN, 4, 0.6),
                new InjectedCrisis("sudden x8, 2 h", bySize.get(n - 1), WEEK + 2 * day + 9 * hour, 24,
                        CrisisShape.SUDDEN, 8, 0.7),
                new InjectedCrisis("ramp to x5 over 1 h", bySize.get(n / 2), WEEK + 2 * day + 20 * hour, 24,
                        CrisisShape.RAMP, 5, 0.6),
                new InjectedCrisis("ramp to x3 over 1.5 h", bySize.get(3 * n / 4), WEEK + 3 * day + 3 * hour, 36,
                        CrisisShape.RAMP, 3, 0.55),
                new InjectedCrisis("burst x10, 15 min", bySize.get(n / 4), WEEK + 3 * day + 16 * hour, 3,
                        CrisisShape.BURST, 10, 0.7),
                new InjectedCrisis("burst x6, 10 min", bySize.get(2 * n / 3), WEEK + 4 * day + 11 * hour, 2,
                        CrisisShape.BURST, 6, 0.65),
                new InjectedCrisis("plateau x2.5, 8 h", bySize.get(n - 5), WEEK + 4 * day + 22 * hour, 96,
                        CrisisShape.PLATEAU, 2.5, 0.5),
                new InjectedCrisis("plateau x2, 12 h", bySize.get(n - 10), WEEK + 5 * day + 8 * hour, 144,
                        CrisisShape.PLATEAU, 2, 0.5),
                new InjectedCrisis("small community x15, 1 h", bySize.get(0), WEEK + 5 * day + 15 * hour, 12,
                        CrisisShape.SUDDEN, 15, 0.7),
                new InjectedCrisis("small community ramp to x12", bySize.get(1), WEEK + 6 * day + 19 * hour, 12,
                        CrisisShape.RAMP, 12, 0.7));
    }
}
