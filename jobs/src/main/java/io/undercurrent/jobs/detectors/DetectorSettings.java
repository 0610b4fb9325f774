package io.undercurrent.jobs.detectors;

import java.io.Serializable;

/**
 * Every knob of the detectors with its shipped default. Times are event-time milliseconds. A plain mutable
 * object so configuration (and per-micro-community overrides from the registry) can set fields; the defaults
 * are the ones `detect nab` and `detect simulate` measure.
 */
public class DetectorSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;

    // Baseline
    /** Memory of the deseasonalised level. */
    public long levelTimeConstantMs = 6 * HOUR;
    /** Memory of each hour-of-day offset, in days of that hour. */
    public double dailyShapeMemoryDays = 3.0;
    /** Memory of each hour-of-week offset, in weeks of that hour. */
    public double weeklyShapeMemoryWeeks = 3.0;
    /** The hour-of-week shape starts learning this long after the series starts, once the daily shape is known. */
    public long weeklyShapeAfterMs = 48 * HOUR;
    /** Memory of the spread estimate. */
    public long varianceTimeConstantMs = 24 * HOUR;
    /** Residuals beyond this many standard deviations are clipped before the baseline learns from them. */
    public double winsorizeSigmas = 2.5;
    /** Spread (log-space variance) assumed before any is learned: a factor of about 1.6 either way ... */
    public double initialVariance = 0.25;
    /** ... weighing as much as this much history. */
    public long initialVarianceWeightMs = 2 * HOUR;
    /** Floor of the learned log-space variance (a 10% standard deviation). */
    public double minVariance = 0.01;
    /** History a baseline needs before its series is judged at all. */
    public long warmupMs = 2 * HOUR;

    // Count anomalies (volume, engagement)
    /** Alarm levels never fall below this many standard deviations, however calm the series. */
    public double minAlarmSigmas = 3.5;
    /** How often a signal may alarm on noise alone: alarm levels sit where the series' tail predicts this. */
    public long falseAlarmIntervalMs = 28 * 24 * HOUR;
    /** Tail model: the running quantile exceeded with this probability ... */
    public double tailProbability = 0.01;
    /** ... moved by this step (in standard deviations) per window ... */
    public double tailQuantileStep = 0.1;
    /** ... and the mean excess over it, updated at this rate per exceedance ... */
    public double tailExcessRate = 0.02;
    /** ... with single excesses capped at this multiple of the mean. */
    public double tailExcessCap = 8.0;
    /**
     * A single window must also beat the series' largest surprise of earlier hours (faded over
     * {@link #falseAlarmIntervalMs}), which may raise its alarm level up to this multiple: a bursty series alerts on
     * a burst bigger than its recent ones, not on every burst like them.
     */
    public double burstMemoryCap = 1.5;
    /** CUSUM allowance per window, in alarm-scaled standard deviations: smaller shifts are ignored. */
    public double cusumSlackSigmas = 0.5;
    /** CUSUM sum that signals a sustained shift. */
    public double cusumAlarm = 8.0;
    /** Per-window contributions to the CUSUM are capped here so one extreme window does not linger. */
    public double cusumCapSigmas = 4.0;
    /**
     * The lowest rate a forecast may claim, per hour: a sparse series' quiet hours are estimated from too few
     * posts to trust a forecast of almost nothing, which would make two posts look extraordinary.
     */
    public double minExpectedPerHour = 0.5;
    /** Drops are only judged where at least this many posts per window are expected. */
    public double dropMinExpected = 5.0;

    // Crisis spike: volume surge together with a sentiment shift
    /** Fewer posts than this in a window are never a crisis, however angry (per window, not per hour). */
    public long minCrisisPosts = 5;
    /** ... nor from fewer authors than this, where the micro-map counts authors: one angry member is not a crisis. */
    public long minCrisisAuthors = 3;
    /**
     * Backed by a sentiment shift, a volume surge at this fraction of its own alarm level is enough: two
     * independent signals agreeing are rarer than either alone.
     */
    public double crisisVolumeFraction = 0.6;
    /** ... as long as the window itself is this many standard deviations above its usual volume. */
    public double crisisWindowSigmas = 1.0;
    /** A window's negative share or mean sentiment this many standard deviations worse than usual is a shift ... */
    public double sentimentShiftSigmas = 3.0;
    /** ... provided the negative share rose by at least this much (absolute) ... */
    public double minNegativeShareRise = 0.10;
    /** ... or the mean sentiment (in [-1, 1]) fell by at least this much. */
    public double minMeanSentimentDrop = 0.15;
    /**
     * Recent windows are also judged pooled, each weighing less with this memory, and their posts count towards
     * {@link #minCrisisPosts}: a small community's crisis is a few posts in each of several windows.
     */
    public long pooledSentimentMs = 15 * MINUTE;
    /** Memory of the sentiment baseline. */
    public long sentimentTimeConstantMs = 12 * HOUR;
    /** Spread of one post's sentiment score around the window mean, for the mean's standard error. */
    public double postSentimentVariance = 0.3;

    // Engagement
    /** Memory of the usual engagement per post and its spread. */
    public long engagementTimeConstantMs = 24 * HOUR;
    /** Engagement is never expected below this per window, so one like on a post that usually gets none is no news. */
    public double minExpectedEngagement = 1.0;
    /** Staff response latency or waiting threads this many standard deviations above usual (log scale) ... */
    public double levelSigmas = 4.0;
    /** ... and latency at least this many seconds above usual ... */
    public double minLatencyRiseSeconds = 600;
    /** ... or at least this many more threads waiting for staff than usual, is an anomaly. */
    public double minUnansweredRise = 10;
    /**
     * Threads waiting for staff pile up from zero when a micro-community's history starts, until the oldest
     * reach the micro-map stage's staff-response horizon ({@code health.staff-response-horizon}, 2 days): before
     * then their number is no baseline.
     */
    public long unansweredSettleMs = 48 * HOUR;

    // Emerging terms
    /** A term is emerging when used by at least this many posts in a window ... */
    public int minTermPosts = 5;
    /** ... at least this many times its usual rate ... */
    public double minTermRatio = 10.0;
    /** ... and this improbable (in sigmas) under its usual rate. */
    public double termBurstSigmas = 5.0;
    /** A term's usual rate is at least this many posts per hour: "from nothing" is not from zero. */
    public double termFloorPerHour = 0.05;
    /** Memory of a term's usual rate. */
    public long termTimeConstantMs = 24 * HOUR;
    /** Terms remembered per micro-community; the rarest are forgotten first. */
    public int maxTrackedTerms = 300;
    /** Emerging terms listed on an alert. */
    public int topTermsOnAlert = 5;
    /** Most negative posts, and most engaged posts, cited on an alert. */
    public int evidencePostsOnAlert = 5;

    // Gaps
    /** Missing windows (no posts) are judged as empty windows, up to this much time; longer gaps only age state. */
    public long maxGapFillMs = 24 * HOUR;
    /** A micro-community silent this long is forgotten: its baseline no longer says anything about it. */
    public long forgetAfterMs = 28 * 24 * HOUR;

    // Incident lifecycle
    /** An open incident resolves after its evidence stays below this fraction of the alarm level ... */
    public double resolveEvidence = 0.5;
    /** ... for this long. */
    public long resolveAfterMs = 15 * MINUTE;
    /** After resolving, a new firing reopens the same incident within this time instead of raising a new one. */
    public long cooldownMs = 8 * HOUR;
    /** Severity rises one level each time an incident's firing lasts this much longer (doubling). */
    public long severityPersistenceMs = 30 * MINUTE;

    public static DetectorSettings defaults() {
        return new DetectorSettings();
    }
}
