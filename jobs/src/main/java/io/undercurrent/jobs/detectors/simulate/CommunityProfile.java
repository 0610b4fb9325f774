package io.undercurrent.jobs.detectors.simulate;

/**
 * How one synthetic micro-community behaves when nothing is wrong.
 *
 * @param community      its community
 * @param microCommunity its name
 * @param postsPerWindow mean posts per window over a weekday
 * @param dailyAmplitude log amplitude of the daily rhythm
 * @param peakHour       UTC hour of the daily peak
 * @param weekendFactor  weekend volume relative to weekdays
 * @param negativeShare  usual share of negative posts
 * @param likesPerPost   usual engagement per post
 */
public record CommunityProfile(String community, String microCommunity, double postsPerWindow,
        double dailyAmplitude, double peakHour, double weekendFactor, double negativeShare, double likesPerPost) {
}
