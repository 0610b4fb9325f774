package io.undercurrent.jobs.generator;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The demo's simulated world: a game studio's Discord guild, a payments app's subreddits, a Mastodon instance's
 * hashtags and a home-automation project's Discourse forum, 21 micro-communities in all.
 */
final class DemoWorld {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final CommunityProfile EMBERFALL = new CommunityProfile("discord", "emberfall", "Emberfall",
            List.of("emberforge_dev", "mod_kestrel", "cm_juniper"), List.of("#Emberfall", "#EmberfallRPG"),
            0.35, 600, new ActivityRhythm(1.5, WeeklyPattern.LEISURE));
    private static final CommunityProfile NOVAPAY = new CommunityProfile("reddit", "novapay", "NovaPay",
            List.of("NovaPay_Team", "novapay_mod", "NP_Ops"), List.of("#NovaPay", "#fintech"),
            0.6, 900, new ActivityRhythm(-0.5, WeeklyPattern.WORKDAYS));
    private static final CommunityProfile LAKESIDE = new CommunityProfile("mastodon", "lakeside.social",
            "Lakeside", List.of("admin", "mod_heron", "mod_wren"), List.of(),
            0.35, 500, new ActivityRhythm(0, WeeklyPattern.LEISURE));
    private static final CommunityProfile HEARTHLIGHT = new CommunityProfile("discourse", "forum.hearthlight.dev",
            "Hearthlight", List.of("hearthlight_team", "maintainer_ola", "mod_tomasz"),
            List.of("#Hearthlight", "#homeautomation"), 0.55, 400, new ActivityRhythm(-1, WeeklyPattern.WORKDAYS));

    private DemoWorld() {}

    static List<MicroCommunityProfile> microCommunities() {
        return List.of(
                micro(EMBERFALL, "general", "#general", LOS_ANGELES, 5, 0.40, 0.20, true,
                        "the new season", "the latest patch", "the frost mage rework", "the winter event",
                        "the soundtrack", "the new map", "co-op mode"),
                micro(EMBERFALL, "bug-reports", "#bug-reports", LOS_ANGELES, 3, 0.08, 0.55, true,
                        "the inventory screen", "the autosave system", "matchmaking", "the latest patch",
                        "the launcher", "controller mapping", "the quest log"),
                micro(EMBERFALL, "patch-notes", "#patch-notes", LOS_ANGELES, 1.5, 0.35, 0.25, true,
                        "patch 1.4", "the balance pass", "the new crafting system", "the hotfix", "the loot table"),
                micro(EMBERFALL, "pvp", "#pvp", LOS_ANGELES, 2.5, 0.30, 0.35, true,
                        "ranked matchmaking", "the arena", "the new ladder", "the rogue class", "the tournament mode"),
                micro(EMBERFALL, "fan-art", "#fan-art", LOS_ANGELES, 1, 0.70, 0.03, false,
                        "this art piece", "the character design", "the new skin", "the concept art", "this cosplay"),
                micro(EMBERFALL, "eu-lounge", "#eu-lounge", BERLIN, 1.5, 0.40, 0.20, true,
                        "the EU server region", "the weekend event", "the new season", "the guild raid",
                        "the latest patch"),

                micro(NOVAPAY, "novapay", "r/NovaPay", NEW_YORK, 4, 0.35, 0.25, true,
                        "the new card design", "the instant transfer feature", "the app update",
                        "the cashback program", "the budgeting tab", "the savings pot feature"),
                micro(NOVAPAY, "novapayhelp", "r/NovaPayHelp", NEW_YORK, 2.5, 0.10, 0.45, true,
                        "my card activation", "the identity check", "a pending transfer", "two-factor login",
                        "the live chat", "my direct deposit"),
                micro(NOVAPAY, "novapaycard", "r/NovaPayCard", ZoneId.of("America/Chicago"), 1.5, 0.35, 0.25, true,
                        "the metal card", "contactless payment", "the card freeze button", "the cash machine limit",
                        "the travel mode"),
                micro(NOVAPAY, "novapaybusiness", "r/NovaPayBusiness", NEW_YORK, 1, 0.30, 0.20, true,
                        "the invoicing tool", "the business account fee", "the team card", "the accounting export",
                        "the bulk payment page"),
                micro(NOVAPAY, "novapayuk", "r/NovaPayUK", ZoneId.of("Europe/London"), 1.5, 0.35, 0.25, true,
                        "the UK launch", "the sort code setup", "the pound account", "the new savings rate",
                        "the app in the UK"),

                micro(LAKESIDE, "gardening", "#gardening", BERLIN, 2, 0.60, 0.10, false,
                        "the raised bed", "this year's tomato harvest", "the compost heap", "the new greenhouse",
                        "the wildflower patch"),
                micro(LAKESIDE, "cycling", "#cycling", ZoneId.of("Europe/Paris"), 2, 0.45, 0.20, false,
                        "the new bike lane", "my commute", "the gravel route", "the winter tyre setup",
                        "the city bike scheme"),
                micro(LAKESIDE, "photography", "#photography", AMSTERDAM, 1.5, 0.60, 0.08, false,
                        "this sunset photo", "the new 35mm lens", "the film camera", "the morning fog photo",
                        "my editing workflow"),
                micro(LAKESIDE, "opensource", "#opensource", BERLIN, 2, 0.35, 0.25, true,
                        "the new release", "the license change", "the plugin API", "the documentation",
                        "the issue tracker"),
                micro(LAKESIDE, "rustlang", "#rustlang", BERLIN, 1.5, 0.45, 0.20, true,
                        "the borrow checker", "async closure syntax", "the new compiler release",
                        "the cargo workspace layout", "the compiler diagnostics"),

                micro(HEARTHLIGHT, "announcements", "Announcements", AMSTERDAM, 0.6, 0.50, 0.10, true,
                        "the 2.0 release", "the new roadmap", "the firmware update", "the community call",
                        "the beta program"),
                micro(HEARTHLIGHT, "installation", "Installation", ZoneId.of("UTC"), 2, 0.15, 0.35, true,
                        "the Docker image", "the Raspberry Pi install", "the upgrade script",
                        "the Zigbee dongle setup", "the backup restore"),
                micro(HEARTHLIGHT, "integrations", "Integrations", AMSTERDAM, 2, 0.35, 0.25, true,
                        "the Hue integration", "the MQTT bridge", "the weather integration", "the energy dashboard",
                        "the Matter bridge"),
                micro(HEARTHLIGHT, "feature-requests", "Feature requests", NEW_YORK, 1, 0.25, 0.25, true,
                        "the dashboard editor", "the night theme", "the automation editor", "multi-user access",
                        "the mobile app"),
                micro(HEARTHLIGHT, "off-topic", "Off-topic", ZoneId.of("Australia/Sydney"), 0.8, 0.50, 0.15, false,
                        "my new thermostat", "the solar panel install", "my homelab", "the office setup",
                        "the weekend project"));
    }

    /** A payments incident in r/NovaPay: double charges, failed logins, refunds. */
    static CrisisScript crisis() {
        return new CrisisScript("reddit", "novapay", "novapay",
                Duration.ofMinutes(3), Duration.ofMinutes(5), Duration.ofMinutes(3), 5,
                List.of("I got charged twice for the same payment",
                        "the app is down again",
                        "my card payment failed three times today",
                        "there's another outage and I can't log in",
                        "I'm still waiting for my refund",
                        "every transfer I make shows as declined",
                        "NovaPay charged me twice and now my account is overdrawn"),
                List.of("We're investigating reports of duplicate card transactions and login issues. Every "
                                + "duplicate transaction will be refunded.",
                        "Update: we've found the cause of the duplicate transactions and are rolling out a fix. "
                                + "Refunds for every duplicate transaction are on their way."),
                "Resolved: payments and logins are working normally again, and all duplicate transactions have been "
                        + "refunded. Thank you for your patience.",
                List.of("my refund just arrived", "payments go through again", "the app is back up",
                        "I got my money back", "logins work again"));
    }

    private static MicroCommunityProfile micro(CommunityProfile community, String name, String displayName,
            ZoneId zone, double volumeShare, double positive, double negative, boolean software,
            String... subjects) {
        return new MicroCommunityProfile(community, name, displayName, zone, volumeShare,
                new SentimentMix(positive, negative), List.of(subjects), software);
    }
}
