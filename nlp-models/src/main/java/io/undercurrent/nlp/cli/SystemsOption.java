package io.undercurrent.nlp.cli;

import io.undercurrent.nlp.SentimentAnalyzer;
import io.undercurrent.nlp.eval.AnalyzerProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --systems}: which systems to run; "engine" is this engine, the others are installed anchors. */
final class SystemsOption {

    static final String ENGINE = "engine";

    @Option(names = "--systems", split = ",", paramLabel = "NAME",
            description = "Systems to run, comma separated: engine and any installed anchors (corenlp, vader are "
                    + "installed on the benchmark classpath). Default: all available.")
    List<String> names;

    /** Named system factories in the order asked for; the engine's factory is given by the caller. */
    Map<String, Supplier<SentimentAnalyzer>> resolve(CommandSpec spec, Supplier<SentimentAnalyzer> engine) {
        Map<String, Supplier<SentimentAnalyzer>> available = new LinkedHashMap<>();
        available.put(ENGINE, engine);
        for (AnalyzerProvider provider : AnalyzerProvider.installed()) {
            if (provider.available()) {
                available.put(provider.name(), provider::create);
            }
        }
        if (names == null || names.isEmpty()) {
            return available;
        }
        Map<String, Supplier<SentimentAnalyzer>> chosen = new LinkedHashMap<>();
        for (String name : names) {
            Supplier<SentimentAnalyzer> factory = available.get(name.trim());
            if (factory == null) {
                throw new ParameterException(spec.commandLine(), "no system '" + name + "'; available: "
                        + new ArrayList<>(available.keySet()) + " (anchors need the benchmark classpath: -Panchors, "
                        + "see README)");
            }
            chosen.put(name.trim(), factory);
        }
        return chosen;
    }
}
