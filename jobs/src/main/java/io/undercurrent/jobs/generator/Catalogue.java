package io.undercurrent.jobs.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The micro-communities the generator simulates, with their staff handles and time zones. */
public final class Catalogue {

    private final Map<String, MicroCommunity> byKey = new LinkedHashMap<>();

    public Catalogue(List<MicroCommunity> microCommunities) {
        for (MicroCommunity micro : microCommunities) {
            if (byKey.putIfAbsent(micro.key(), micro) != null) {
                throw new IllegalArgumentException("Duplicate micro-community " + micro.key());
            }
        }
    }

    /** The catalogue of the demo world ({@link GeneratorConfig#demo()}). */
    public static Catalogue demo() {
        return new Catalogue(DemoWorld.microCommunities().stream().map(MicroCommunityProfile::microCommunity).toList());
    }

    public List<MicroCommunity> microCommunities() {
        return List.copyOf(byKey.values());
    }

    public Optional<MicroCommunity> find(String platform, String community, String microCommunity) {
        return Optional.ofNullable(byKey.get(platform + "/" + community + "/" + microCommunity));
    }

    /** Whether {@code author} is a staff or moderator account of that community. */
    public boolean isStaff(String platform, String community, String author) {
        return byKey.values().stream()
                .anyMatch(m -> m.platform().equals(platform) && m.community().equals(community) && m.isStaff(author));
    }
}
