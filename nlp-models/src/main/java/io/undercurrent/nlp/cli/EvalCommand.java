package io.undercurrent.nlp.cli;

import io.undercurrent.nlp.SentimentAnalyzer;
import io.undercurrent.nlp.eval.Dataset;
import io.undercurrent.nlp.eval.Evaluation;
import io.undercurrent.nlp.eval.LabelledPost;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sentiment eval}: accuracy, macro-F1, per-class F1, confusion matrix and Pearson r on labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = ModuleVersion.class,
        description = {"Evaluate on labelled data: accuracy, macro-F1, per-class F1, confusion matrix (rows gold, "
                + "columns predicted), Pearson r where gold scores exist, expected calibration error (ECE) of the "
                + "confidence.",
            "On binary data (SST-2) a verdict is positive when its score is >= 0, for every system."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    SystemsOption systems;

    @Override
    public Integer call() {
        if (dataOptions.skipIfAbsent(spec)) {
            return 0;
        }
        Dataset dataset = dataOptions.read(spec);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d posts, %s%n", dataset.name(), dataset.posts().size(),
                dataset.binary() ? "binary" : "3-class");
        for (Map.Entry<String, Supplier<SentimentAnalyzer>> system
                : systems.resolve(spec, () -> engineOptions.engine(spec)).entrySet()) {
            SentimentAnalyzer analyzer = system.getValue().get();
            Evaluation evaluation = new Evaluation(dataset.binary());
            for (LabelledPost post : dataset.posts()) {
                evaluation.add(post, analyzer.analyze(post.text()));
            }
            out.print(evaluation.report(system.getKey()));
            out.flush();
        }
        return 0;
    }
}
