package io.undercurrent.jobs.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.undercurrent.jobs.dashboards.GrafanaTemplate.Reference;
import io.undercurrent.jobs.dashboards.GrafanaTemplate.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrafanaTemplateTest {

    @Test
    void findsEverySyntaxOfVariableReference() {
        assertThat(GrafanaTemplate.references("platform:$platform AND community:${community} AND [[micro_community]]"
                + " ${search:raw} ${__url_time_range} ${__data.fields[\"sentiment.label\"]}"))
                .containsExactly(
                        new Reference("platform", null),
                        new Reference("community", null),
                        new Reference("micro_community", null),
                        new Reference("search", "raw"),
                        new Reference("__url_time_range", null),
                        new Reference("__data", null));
        assertThat(new Reference("__url_time_range", null).builtIn()).isTrue();
        assertThat(new Reference("platform", null).builtIn()).isFalse();
    }

    @Test
    void fillsLuceneQueriesAsTheElasticsearchDatasourceDoes() {
        Map<String, Value> values = Map.of(
                "platform", Value.all("*"),
                "community", Value.selected("acme", "acme forum"),
                "micro_community", Value.selected("r/acme-support"),
                "search", Value.text("text:refund OR terms:\"#outage\""));

        assertThat(GrafanaTemplate.interpolateLucene(
                "(${search:raw}) AND platform:$platform AND community:$community AND micro_community:$micro_community",
                values))
                .isEqualTo("(text:refund OR terms:\"#outage\") AND platform:* AND community:(\"acme\" OR \"acme\\ forum\")"
                        + " AND micro_community:(\"r\\/acme\\-support\")");
    }

    @Test
    void escapesLuceneSpecialCharactersButNotNumbers() {
        assertThat(GrafanaTemplate.luceneEscape("a+b (c):d/e\"f*")).isEqualTo("a\\+b\\ \\(c\\)\\:d\\/e\\\"f\\*");
        assertThat(GrafanaTemplate.luceneEscape("-1.5")).isEqualTo("-1.5");
        assertThat(GrafanaTemplate.interpolateLucene("likes:$n", Map.of("n", Value.text("12")))).isEqualTo("likes:12");
    }

    @Test
    void aVariableWithoutAValueIsAnError() {
        assertThatThrownBy(() -> GrafanaTemplate.interpolateLucene("platform:$platform", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$platform");
    }
}
