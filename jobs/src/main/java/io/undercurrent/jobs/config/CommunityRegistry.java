package io.undercurrent.jobs.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.YamlParserUtils;

/**
 * The communities the monitor knows: platform → community → micro-community, with display names, staff and
 * moderator accounts, and free-form settings for later stages (alert thresholds, routing). Loaded once at start
 * from YAML (the bundled {@code communities.yaml}, or the file {@link MonitorOptions#COMMUNITY_REGISTRY} names)
 * and shipped with the job's functions.
 *
 * <p>It describes, it does not filter: posts of unregistered micro-communities flow like any other, grouped by
 * what the platform adapter gives them. A community's staff count in all its micro-communities, registered or
 * not; a micro-community may name extra staff of its own. Settings of a community apply to its micro-communities
 * unless a micro-community sets the same key.
 *
 * <pre>{@code
 * reddit:                          # platform, as posts carry it
 *   novapay:                       # community
 *     name: NovaPay
 *     staff: [NovaPay_Team, novapay_mod]
 *     settings: {alerts: {negative-share: 0.5}}
 *     micro-communities:
 *       novapayhelp:               # micro-community
 *         name: r/NovaPayHelp
 *         staff: [np_support]
 *         settings: {routing: {team: support}}
 * }</pre>
 */
public final class CommunityRegistry implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String BUNDLED_RESOURCE = "/communities.yaml";

    /** What the registry says about one micro-community. */
    public record MicroCommunityEntry(String name, Set<String> staff, Map<String, String> settings)
            implements Serializable {}

    /** What the registry says about one community and its micro-communities. */
    public record CommunityEntry(
            String platform,
            String community,
            String name,
            Set<String> staff,
            Map<String, String> settings,
            Map<String, MicroCommunityEntry> microCommunities) implements Serializable {}

    private static final CommunityEntry UNKNOWN = new CommunityEntry(null, null, null, Set.of(), Map.of(), Map.of());
    private static final MicroCommunityEntry UNKNOWN_MICRO = new MicroCommunityEntry(null, Set.of(), Map.of());

    /** By {@code platform/community}. */
    private final Map<String, CommunityEntry> communities;

    private CommunityRegistry(Map<String, CommunityEntry> communities) {
        this.communities = Map.copyOf(communities);
    }

    /** The registry {@code config} names, or the bundled one (the demo's communities) when it names none. */
    public static CommunityRegistry fromConfig(Configuration config) {
        return config.getOptional(MonitorOptions.COMMUNITY_REGISTRY)
                .map(file -> load(Path.of(file)))
                .orElseGet(CommunityRegistry::bundled);
    }

    public static CommunityRegistry bundled() {
        try (InputStream in = CommunityRegistry.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled community registry " + BUNDLED_RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled " + BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bundled community registry", e);
        }
    }

    public static CommunityRegistry load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read community registry " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses registry YAML; {@code origin} names it in error messages. */
    public static CommunityRegistry parse(String yaml, String origin) {
        Object root;
        try {
            root = yaml.isBlank() ? Map.of() : YamlParserUtils.convertToObject(yaml, Object.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Community registry " + origin + " is not valid YAML: " + e.getMessage(), e);
        }
        Map<String, CommunityEntry> communities = new LinkedHashMap<>();
        for (Map.Entry<String, Object> platform : map(root, origin).entrySet()) {
            String where = origin + ": " + platform.getKey();
            for (Map.Entry<String, Object> community : map(platform.getValue(), where).entrySet()) {
                CommunityEntry entry = community(platform.getKey(), community.getKey(), community.getValue(),
                        where + "." + community.getKey());
                communities.put(platform.getKey() + "/" + community.getKey(), entry);
            }
        }
        return new CommunityRegistry(communities);
    }

    /** Whether {@code author} speaks for the community (its staff or that micro-community's). */
    public boolean isStaff(String platform, String community, String microCommunity, String author) {
        return staff(platform, community, microCommunity).isStaff(author);
    }

    /** Whether any staff account is known for the micro-community, so staff response times can be measured. */
    public boolean hasStaff(String platform, String community, String microCommunity) {
        return staff(platform, community, microCommunity).known();
    }

    /** The staff of one micro-community: its community's and its own. */
    public Staff staff(String platform, String community, String microCommunity) {
        CommunityEntry entry = community(platform, community);
        return new Staff(community, entry.staff(), micro(entry, microCommunity).staff());
    }

    /** Who speaks for one micro-community, looked up once and asked for every post. */
    public record Staff(String community, Set<String> communityStaff, Set<String> ownStaff) {

        public boolean known() {
            return !communityStaff.isEmpty() || !ownStaff.isEmpty();
        }

        public boolean isStaff(String author) {
            if (author == null || !known()) {
                return false;
            }
            String account = normalisedAccount(author, community);
            return communityStaff.contains(account) || ownStaff.contains(account);
        }
    }

    public boolean isRegistered(String platform, String community, String microCommunity) {
        return community(platform, community).microCommunities().containsKey(microCommunity);
    }

    /** The micro-community's display name; its own name when the registry gives none. */
    public String displayName(String platform, String community, String microCommunity) {
        String name = micro(community(platform, community), microCommunity).name();
        return name != null ? name : microCommunity;
    }

    /** The community's display name; its own name when the registry gives none. */
    public String communityDisplayName(String platform, String community) {
        String name = community(platform, community).name();
        return name != null ? name : community;
    }

    /** Settings for a micro-community: its community's, overridden by its own. Keys are dotted paths. */
    public Map<String, String> settings(String platform, String community, String microCommunity) {
        CommunityEntry entry = community(platform, community);
        Map<String, String> settings = new LinkedHashMap<>(entry.settings());
        settings.putAll(micro(entry, microCommunity).settings());
        return settings;
    }

    public List<CommunityEntry> communities() {
        return List.copyOf(communities.values());
    }

    /**
     * Handles compare case-insensitively and without the decorations platforms add: a leading '@' or "u/", and
     * on Mastodon the community's own host ({@code admin@lakeside.social} is {@code admin} there).
     */
    static String normalisedAccount(String handle, String community) {
        String account = handle.trim().toLowerCase(Locale.ROOT);
        if (account.startsWith("@")) {
            account = account.substring(1);
        } else if (account.startsWith("u/")) {
            account = account.substring(2);
        }
        if (community != null) {
            String home = "@" + community.toLowerCase(Locale.ROOT);
            if (account.endsWith(home)) {
                account = account.substring(0, account.length() - home.length());
            }
        }
        return account;
    }

    private CommunityEntry community(String platform, String community) {
        return communities.getOrDefault(platform + "/" + community, UNKNOWN);
    }

    private static MicroCommunityEntry micro(CommunityEntry entry, String microCommunity) {
        return entry.microCommunities().getOrDefault(microCommunity, UNKNOWN_MICRO);
    }

    private static CommunityEntry community(String platform, String community, Object value, String where) {
        Map<String, Object> fields = fields(value, where, Set.of("name", "staff", "settings", "micro-communities"));
        Map<String, MicroCommunityEntry> micros = new LinkedHashMap<>();
        for (Map.Entry<String, Object> micro : map(fields.get("micro-communities"), where + ".micro-communities").entrySet()) {
            String microWhere = where + ".micro-communities." + micro.getKey();
            Map<String, Object> microFields = fields(micro.getValue(), microWhere, Set.of("name", "staff", "settings"));
            micros.put(micro.getKey(), new MicroCommunityEntry(
                    text(microFields.get("name"), microWhere + ".name"),
                    staff(microFields.get("staff"), community, microWhere + ".staff"),
                    settings(microFields.get("settings"), microWhere + ".settings")));
        }
        return new CommunityEntry(platform, community,
                text(fields.get("name"), where + ".name"),
                staff(fields.get("staff"), community, where + ".staff"),
                settings(fields.get("settings"), where + ".settings"),
                micros);
    }

    private static Map<String, Object> fields(Object value, String where, Set<String> allowed) {
        Map<String, Object> fields = map(value, where);
        for (String key : fields.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("Community registry " + where + ": unknown key '" + key
                        + "' (expected one of " + allowed + ")");
            }
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("Community registry " + where + ": expected a map, found " + value);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((key, entry) -> map.put(String.valueOf(key), entry));
        return map;
    }

    private static String text(Object value, String where) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw new IllegalArgumentException("Community registry " + where + ": expected text, found " + value);
        }
        return String.valueOf(value);
    }

    private static Set<String> staff(Object value, String community, String where) {
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof List<?> handles)) {
            throw new IllegalArgumentException("Community registry " + where + ": expected a list of accounts, found "
                    + value);
        }
        Set<String> staff = new LinkedHashSet<>();
        for (Object handle : handles) {
            staff.add(normalisedAccount(text(handle, where), community));
        }
        return Set.copyOf(staff);
    }

    private static Map<String, String> settings(Object value, String where) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", map(value, where), flat, where);
        return Map.copyOf(flat);
    }

    private static void flatten(String prefix, Map<String, Object> settings, Map<String, String> flat, String where) {
        for (Map.Entry<String, Object> setting : settings.entrySet()) {
            String key = prefix + setting.getKey();
            if (setting.getValue() == null) {
                throw new IllegalArgumentException("Community registry " + where + "." + key + ": no value");
            }
            if (setting.getValue() instanceof Map) {
                flatten(key + ".", map(setting.getValue(), where + "." + key), flat, where);
            } else {
                flat.put(key, text(setting.getValue(), where + "." + key));
            }
        }
    }
}
