package io.undercurrent.jobs.generator;

import java.time.ZoneId;
import java.util.List;

/**
 * One micro-community of the catalogue: what other components (community registry, demo summary) need to know
 * about it. The three names are the values generated posts carry in {@code platform}, {@code community} and
 * {@code microCommunity}.
 *
 * @param displayName how people call it, e.g. "r/NovaPay" or "#bug-reports"
 * @param timeZone where most of its members live; drives its day-night rhythm
 * @param staffHandles authors who speak for the community (staff, moderators), so replies by them can be told apart
 */
public record MicroCommunity(
        String platform,
        String community,
        String microCommunity,
        String displayName,
        ZoneId timeZone,
        List<String> staffHandles) {

    public MicroCommunity {
        staffHandles = List.copyOf(staffHandles);
    }

    /** "platform/community/microCommunity", unique in a catalogue. */
    public String key() {
        return platform + "/" + community + "/" + microCommunity;
    }

    public boolean isStaff(String author) {
        return staffHandles.contains(author);
    }
}
