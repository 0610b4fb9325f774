package io.undercurrent.jobs.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The people who post in one community: regulars whose activity follows a Zipf law (a few post a lot, many now and
 * then), newcomers, and some newcomers who come back. Handles look like the platform's.
 */
final class AuthorPool {

    private static final double NEWCOMER_SHARE = 0.12;
    private static final double RETURNING_NEWCOMER_SHARE = 0.06;
    private static final int MAX_REMEMBERED_NEWCOMERS = 5_000;
    /** Shifts each micro-community's ranking of regulars, so their most active members differ but overlap. */
    private static final int MICRO_ROTATION = 37;

    private static final List<String> ADJECTIVES = List.of("quiet", "sleepy", "crimson", "rusty", "cosmic", "fuzzy",
            "silent", "tiny", "swift", "frosty", "golden", "hidden", "mellow", "stormy", "velvet", "paper", "neon",
            "lunar", "amber", "copper", "misty", "northern", "urban", "pixel", "retro", "static", "arctic", "hollow",
            "wandering", "midnight");
    private static final List<String> NOUNS = List.of("otter", "moth", "falcon", "badger", "heron", "fox", "lynx",
            "panda", "raven", "gecko", "walrus", "pigeon", "comet", "kettle", "lantern", "pebble", "cactus", "maple",
            "turnip", "sprocket", "nomad", "pilot", "wizard", "ranger", "druid", "koala", "beetle", "marmot", "orca",
            "tortoise");
    private static final List<String> FIRST_NAMES = List.of("alex", "sam", "maria", "jonas", "lena", "tom", "priya",
            "kenji", "sofia", "lucas", "emma", "noah", "ana", "david", "yuki", "omar", "chloe", "felix", "nina", "ravi",
            "ines", "mateo", "hannah", "leo", "zoe", "marek", "aisha", "finn", "clara", "ivan");
    private static final List<String> SURNAMES = List.of("koenig", "smith", "garcia", "rossi", "novak", "tanaka",
            "mueller", "dubois", "jensen", "kowalski", "silva", "obrien", "larsen", "fischer", "moreau", "nguyen");
    private static final List<String> FEDIVERSE_HOSTS = List.of("mastodon.social", "fosstodon.org", "hachyderm.io",
            "chaos.social", "mas.to");

    private final String platform;
    private final List<String> regulars = new ArrayList<>();
    private final double[] regularsCumulative;
    private final List<String> newcomers = new ArrayList<>();
    private final Set<String> taken = new HashSet<>();

    AuthorPool(CommunityProfile profile, Draws draws) {
        this.platform = profile.platform();
        taken.addAll(profile.staffHandles());
        regularsCumulative = new double[profile.regulars()];
        double sum = 0;
        for (int rank = 0; rank < profile.regulars(); rank++) {
            regulars.add(freshHandle(draws));
            sum += 1.0 / Math.pow(rank + 1, 1.1);
            regularsCumulative[rank] = sum;
        }
    }

    /** The author of a new post in the micro-community with index {@code microIndex} (not a staff member). */
    String draw(Draws draws, int microIndex) {
        double u = draws.uniform();
        if (u < NEWCOMER_SHARE) {
            String newcomer = freshHandle(draws);
            if (newcomers.size() == MAX_REMEMBERED_NEWCOMERS) {
                newcomers.set(draws.below(MAX_REMEMBERED_NEWCOMERS), newcomer);
            } else {
                newcomers.add(newcomer);
            }
            return newcomer;
        }
        if (u < NEWCOMER_SHARE + RETURNING_NEWCOMER_SHARE && !newcomers.isEmpty()) {
            return draws.pick(newcomers);
        }
        int rank = draws.weighted(regularsCumulative);
        return regulars.get((rank + microIndex * MICRO_ROTATION) % regulars.size());
    }

    private String freshHandle(Draws draws) {
        String handle = styledHandle(draws);
        while (!taken.add(handle)) {
            handle = styledHandle(draws) + draws.below(1000);
        }
        return handle;
    }

    private String styledHandle(Draws draws) {
        String adjective = draws.pick(ADJECTIVES);
        String noun = draws.pick(NOUNS);
        String first = draws.pick(FIRST_NAMES);
        String surname = draws.pick(SURNAMES);
        int digits = 10 + draws.below(9990);
        int style = draws.below(4);
        switch (platform) {
            case "reddit":
                return switch (style) {
                    case 0 -> capitalise(adjective) + capitalise(noun) + digits;
                    case 1 -> adjective + "_" + noun;
                    case 2 -> "throwaway" + digits;
                    default -> first + surname + digits % 100;
                };
            case "discord":
                return switch (style) {
                    case 0 -> adjective + noun;
                    case 1 -> noun + "." + digits;
                    case 2 -> "xx" + noun + "xx";
                    default -> first + "_" + noun;
                };
            case "mastodon":
                String local = switch (style) {
                    case 0 -> first;
                    case 1 -> first + surname.charAt(0);
                    case 2 -> adjective + noun;
                    default -> first + "_" + surname;
                };
                // Remote accounts show up with their home instance, as they do in a Mastodon timeline.
                return draws.chance(0.4) ? local + "@" + draws.pick(FEDIVERSE_HOSTS) : local;
            default:
                return switch (style) {
                    case 0 -> first + "_" + surname;
                    case 1 -> first.charAt(0) + surname;
                    case 2 -> first + digits % 100;
                    default -> first + surname.charAt(0);
                };
        }
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
