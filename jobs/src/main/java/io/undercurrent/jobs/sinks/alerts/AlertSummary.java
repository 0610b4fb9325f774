package io.undercurrent.jobs.sinks.alerts;

import io.undercurrent.jobs.records.Alert;
import java.util.Locale;

/** The one line a person reads first: what is wrong, where, and how far from usual. */
public final class AlertSummary {

    private AlertSummary() {}

    /** E.g. "Crisis spike in reddit/novapay/billing: 45 posts vs 5 ± 2 usual (high, open)". */
    public static String headline(Alert alert) {
        Alert.Signal primary = AlertJson.primary(alert);
        String what = primary == null ? "Incident" : describe(primary);
        return String.format(Locale.ROOT, "%s in %s (%s, %s)", what, scope(alert), AlertJson.lower(alert.severity),
                AlertJson.lower(alert.state));
    }

    public static String scope(Alert alert) {
        return alert.platform + "/" + alert.community + (alert.microCommunity == null ? "" : "/" + alert.microCommunity);
    }

    static String describe(Alert.Signal signal) {
        return switch (signal.kind) {
            case CRISIS_SPIKE -> "Crisis spike: " + amount(signal, "posts");
            case VOLUME_SURGE -> "Volume surge: " + amount(signal, "posts");
            case NEGATIVE_SHARE_RISE -> String.format(Locale.ROOT, "Negative share up: %.0f%% vs %.0f%% usual",
                    100 * signal.observed, 100 * signal.expected);
            case ENGAGEMENT_SURGE -> "Engagement surge: " + amount(signal, "likes, replies and shares");
            case ACTIVITY_DROP -> "Activity drop: " + amount(signal, "posts");
            case STAFF_LATENCY -> "Staff response slow: " + amount(signal, "s to first reply");
            case UNANSWERED_PILEUP -> "Unanswered posts piling up: " + amount(signal, "unanswered");
            case EMERGING_TERM -> "Emerging term \"" + signal.term + "\": " + amount(signal, "posts");
        };
    }

    private static String amount(Alert.Signal signal, String unit) {
        return String.format(Locale.ROOT, "%s %s vs %s ± %s usual", round(signal.observed), unit,
                round(signal.expected), round(signal.spread));
    }

    private static String round(double value) {
        return Math.abs(value) >= 10 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
