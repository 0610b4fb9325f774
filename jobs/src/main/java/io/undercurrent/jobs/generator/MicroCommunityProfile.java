package io.undercurrent.jobs.generator;

import java.time.ZoneId;
import java.util.List;

/**
 * How one micro-community behaves: its share of the total volume, its members' time zone, its usual mood and
 * what its members talk about.
 *
 * @param name the micro-community name posts carry (channel, subreddit, leading hashtag, category)
 * @param volumeShare relative weight of its volume among all micro-communities
 * @param subjects singular noun phrases members talk about, e.g. "the inventory screen"
 * @param software whether members talk about software (bugs, versions, settings) rather than a hobby
 */
public record MicroCommunityProfile(
        CommunityProfile community,
        String name,
        String displayName,
        ZoneId timeZone,
        double volumeShare,
        SentimentMix mood,
        List<String> subjects,
        boolean software) {

    public MicroCommunityProfile {
        subjects = List.copyOf(subjects);
        if (subjects.isEmpty() || volumeShare <= 0) {
            throw new IllegalArgumentException("Micro-community " + name + " needs subjects and a positive volume");
        }
    }

    public MicroCommunity microCommunity() {
        return new MicroCommunity(community.platform(), community.community(), name, displayName, timeZone,
                community.staffHandles());
    }

    boolean is(String platform, String communityName, String microCommunityName) {
        return community.platform().equals(platform) && community.community().equals(communityName)
                && name.equals(microCommunityName);
    }
}
