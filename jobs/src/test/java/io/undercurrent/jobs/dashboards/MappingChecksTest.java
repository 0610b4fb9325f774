package io.undercurrent.jobs.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.dashboards.FieldUse.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field checks on real {@code _field_caps} answers of Elasticsearch 8.19 for the posts indices' mapping. */
class MappingChecksTest {

    private final MappingChecks posts = MappingChecks.fromFieldCaps(Json.resource("/dashboards/field-caps-posts.json"));

    @Test
    void knowsTheIndicesTheAnswerCovers() {
        assertThat(posts.indices()).containsExactly("undercurrent-posts-2026.03.01", "undercurrent-posts-2026.03.02");
    }

    @Test
    void fieldsThatSuitTheirUsePass() {
        assertThat(posts.problems(List.of(
                new FieldUse("created_at", Role.DATE, "time field"),
                new FieldUse("sentiment.score", Role.NUMERIC, "avg"),
                new FieldUse("likes", Role.NUMERIC, "sum"),
                new FieldUse("created_at", Role.NUMERIC_OR_DATE, "min"),
                new FieldUse("community", Role.AGGREGATABLE, "terms"),
                new FieldUse("terms", Role.AGGREGATABLE, "terms"),
                new FieldUse("author", Role.AGGREGATABLE, "cardinality"),
                new FieldUse("text", Role.PRESENT, "shown column")))).isEmpty();
    }

    @Test
    void analysedTextCannotBeBucketed() {
        assertThat(posts.problem(new FieldUse("text", Role.AGGREGATABLE, "terms 2")))
                .hasValue("text (terms 2) must be aggregatable (keyword, number or date, not text) but is text, not aggregatable");
    }

    @Test
    void keywordsAreNotNumbersAndNumbersAreNotDates() {
        assertThat(posts.problem(new FieldUse("sentiment.label", Role.NUMERIC, "avg 1")))
                .hasValue("sentiment.label (avg 1) must be numeric but is keyword");
        assertThat(posts.problem(new FieldUse("likes", Role.DATE, "date histogram 3")))
                .hasValue("likes (date histogram 3) must be a date but is long");
        assertThat(posts.problem(new FieldUse("platform", Role.NUMERIC_OR_DATE, "max 2"))).isPresent();
    }

    @Test
    void aFieldMissingFromTheMappingIsReported() {
        assertThat(posts.problem(new FieldUse("sentiment.scores", Role.PRESENT, "shown column")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("sentiment.scores", "not in the mapping"));
    }

    @Test
    void aFieldWhoseTypeChangedBetweenDailyIndicesIsReported() {
        MappingChecks days = MappingChecks.fromFieldCaps(Json.resource("/dashboards/field-caps-conflicting-days.json"));

        assertThat(days.problem(new FieldUse("likes", Role.NUMERIC, "sum 1")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("conflicting types", "keyword", "long"));
        assertThat(days.problem(new FieldUse("created_at", Role.DATE, "time field"))).isEmpty();
    }

    @Test
    void anAnswerForNoIndicesHasNoFields() {
        MappingChecks none = MappingChecks.fromFieldCaps(Json.parse("{\"indices\":[],\"fields\":{}}"));

        assertThat(none.indices()).isEmpty();
        assertThat(none.problem(new FieldUse("created_at", Role.DATE, "time field"))).isPresent();
    }
}
