package io.undercurrent.jobs.generator;

import java.util.List;

/**
 * How one community behaves across its micro-communities.
 *
 * @param community the community name posts carry (guild, subreddit group, instance host, forum host)
 * @param product what members talk about by name, e.g. "NovaPay"
 * @param staffHandles staff and moderator accounts
 * @param hashtags tags members add now and then, with '#'
 * @param replyShare share of ordinary posts that reply to an earlier post
 * @param regulars size of the population of recurring authors
 */
public record CommunityProfile(
        String platform,
        String community,
        String product,
        List<String> staffHandles,
        List<String> hashtags,
        double replyShare,
        int regulars,
        ActivityRhythm rhythm) {

    public CommunityProfile {
        staffHandles = List.copyOf(staffHandles);
        hashtags = List.copyOf(hashtags);
        if (staffHandles.isEmpty()) {
            throw new IllegalArgumentException("Community " + community + " needs at least one staff handle");
        }
    }
}
