package io.undercurrent.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.undercurrent.jobs.generator.Catalogue;
import io.undercurrent.jobs.generator.MicroCommunity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommunityRegistryTest {

    private static final String YAML = """
            reddit:
              novapay:
                name: NovaPay
                staff: [NovaPay_Team, u/novapay_mod]
                settings:
                  alerts: {negative-share: 0.5, min-posts: 30}
                  routing: {team: social-care}
                micro-communities:
                  novapayhelp:
                    name: r/NovaPayHelp
                    staff: [np_support]
                    settings:
                      routing: {team: support}
                  novapay: {name: r/NovaPay}
            mastodon:
              lakeside.social:
                staff: ["@admin"]
            """;

    private final CommunityRegistry registry = CommunityRegistry.parse(YAML, "test");

    @Test
    void staffAreTheCommunitysAccountsPlusTheMicroCommunitysOwn() {
        assertThat(registry.isStaff("reddit", "novapay", "novapay", "NovaPay_Team")).isTrue();
        assertThat(registry.isStaff("reddit", "novapay", "novapay", "novapay_team")).as("case").isTrue();
        assertThat(registry.isStaff("reddit", "novapay", "novapay", "novapay_mod")).as("u/ prefix").isTrue();
        assertThat(registry.isStaff("reddit", "novapay", "novapayhelp", "np_support")).isTrue();
        assertThat(registry.isStaff("reddit", "novapay", "novapay", "np_support")).as("another micro's").isFalse();
        assertThat(registry.isStaff("reddit", "novapay", "novapay", "someone")).isFalse();
        assertThat(registry.isStaff("reddit", "other", "novapay", "NovaPay_Team")).as("another community").isFalse();
    }

    @Test
    void mastodonStaffMatchWithOrWithoutTheirHomeInstance() {
        assertThat(registry.isStaff("mastodon", "lakeside.social", "#gardening", "admin")).isTrue();
        assertThat(registry.isStaff("mastodon", "lakeside.social", "#gardening", "admin@lakeside.social")).isTrue();
        assertThat(registry.isStaff("mastodon", "lakeside.social", "#gardening", "admin@mastodon.social")).isFalse();
    }

    @Test
    void unregisteredMicroCommunitiesInheritTheirCommunitysStaffAndSettings() {
        assertThat(registry.isRegistered("reddit", "novapay", "novapaybusiness")).isFalse();
        assertThat(registry.hasStaff("reddit", "novapay", "novapaybusiness")).isTrue();
        assertThat(registry.settings("reddit", "novapay", "novapaybusiness")).containsEntry("routing.team", "social-care");
        assertThat(registry.displayName("reddit", "novapay", "novapaybusiness")).isEqualTo("novapaybusiness");
        assertThat(registry.hasStaff("discord", "unknown", "general")).isFalse();
        assertThat(registry.settings("discord", "unknown", "general")).isEmpty();
    }

    @Test
    void microCommunitySettingsOverrideTheirCommunitys() {
        assertThat(registry.settings("reddit", "novapay", "novapayhelp")).isEqualTo(Map.of(
                "alerts.negative-share", "0.5", "alerts.min-posts", "30", "routing.team", "support"));
    }

    @Test
    void displayNames() {
        assertThat(registry.displayName("reddit", "novapay", "novapayhelp")).isEqualTo("r/NovaPayHelp");
        assertThat(registry.communityDisplayName("reddit", "novapay")).isEqualTo("NovaPay");
        assertThat(registry.communityDisplayName("mastodon", "lakeside.social")).isEqualTo("lakeside.social");
    }

    @Test
    void theBundledRegistryDescribesTheDemoCommunities() {
        CommunityRegistry bundled = CommunityRegistry.fromConfig(new Configuration());

        assertThat(bundled.communities()).hasSize(4);
        assertThat(bundled.communities().stream().mapToInt(c -> c.microCommunities().size()).sum()).isEqualTo(21);
        assertThat(bundled.isStaff("reddit", "novapay", "novapayhelp", "NovaPay_Team")).isTrue();
        assertThat(bundled.isStaff("discourse", "forum.hearthlight.dev", "installation", "maintainer_ola")).isTrue();
        assertThat(bundled.displayName("discord", "emberfall", "bug-reports")).isEqualTo("#bug-reports");
    }

    @Test
    void theBundledRegistryAgreesWithTheDemoGeneratorOnEveryMicroCommunity() {
        // communities.yaml is written by hand beside the generator's DemoWorld: this keeps the two in step.
        CommunityRegistry bundled = CommunityRegistry.bundled();
        for (MicroCommunity micro : Catalogue.demo().microCommunities()) {
            String platform = micro.platform();
            String community = micro.community();
            String name = micro.microCommunity();
            assertThat(bundled.isRegistered(platform, community, name)).as("%s registered", micro.key()).isTrue();
            assertThat(bundled.displayName(platform, community, name)).as(micro.key()).isEqualTo(micro.displayName());
            for (String staff : micro.staffHandles()) {
                assertThat(bundled.isStaff(platform, community, name, staff)).as("%s staff %s", micro.key(), staff)
                        .isTrue();
            }
        }
        assertThat(bundled.communities().stream().mapToInt(c -> c.microCommunities().size()).sum())
                .isEqualTo(Catalogue.demo().microCommunities().size());
    }

    @Test
    void aFileNamedInTheConfigurationReplacesTheBundledOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("communities.yaml");
        Files.writeString(file, YAML);
        Configuration config = new Configuration();
        config.set(MonitorOptions.COMMUNITY_REGISTRY, file.toString());

        CommunityRegistry fromFile = CommunityRegistry.fromConfig(config);

        assertThat(fromFile.communities()).hasSize(2);
        assertThat(fromFile.isStaff("reddit", "novapay", "novapayhelp", "np_support")).isTrue();
    }

    @Test
    void travelsWithTheJobsFunctions() throws Exception {
        CommunityRegistry copy = InstantiationUtil.clone(registry);

        assertThat(copy.isStaff("reddit", "novapay", "novapayhelp", "np_support")).isTrue();
        assertThat(copy.settings("reddit", "novapay", "novapayhelp")).containsEntry("routing.team", "support");
    }

    @Test
    void mistakesAreClearErrorsWithTheirPlace(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> CommunityRegistry.parse("reddit:\n  novapay:\n    staf: [x]\n", "my.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("my.yaml: reddit.novapay")
                .hasMessageContaining("unknown key 'staf'");
        assertThatThrownBy(() -> CommunityRegistry.parse("reddit:\n  novapay:\n    staff: NovaPay_Team\n", "my.yaml"))
                .hasMessageContaining("reddit.novapay.staff: expected a list of accounts");
        assertThatThrownBy(() -> CommunityRegistry.parse("reddit: [novapay\n", "my.yaml"))
                .hasMessageContaining("my.yaml is not valid YAML");
        assertThatThrownBy(() -> CommunityRegistry.load(dir.resolve("missing.yaml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.yaml");
    }
}
