package io.undercurrent.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.testing.RepositoryRoot;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.description.HtmlFormatter;
import org.junit.jupiter.api.Test;

/** Every setting a user can change is in the README's configuration reference and has a description. */
class OptionsDocumentedTest {

    @Test
    void everyOptionIsDescribedAndListedInTheReadme() throws Exception {
        String readme = Files.readString(RepositoryRoot.locate().resolve("README.md"));
        List<ConfigOption<?>> options = new ArrayList<>();
        for (Class<?> holder : List.of(MonitorOptions.class, DemoOptions.class)) {
            for (Field field : holder.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == ConfigOption.class) {
                    options.add((ConfigOption<?>) field.get(null));
                }
            }
        }

        assertThat(options).hasSizeGreaterThan(10);
        assertThat(options).allSatisfy(option -> {
            assertThat(new HtmlFormatter().format(option.description())).as(option.key()).isNotBlank();
            assertThat(readme).as("README lists " + option.key()).contains("| `" + option.key() + "` |");
        });
    }
}
