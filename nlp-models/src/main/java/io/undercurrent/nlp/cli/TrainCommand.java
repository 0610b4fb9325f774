package io.undercurrent.nlp.cli;

import io.undercurrent.nlp.SentimentEngine;
import io.undercurrent.nlp.eval.Dataset;
import io.undercurrent.nlp.eval.Evaluation;
import io.undercurrent.nlp.eval.LabelledPost;
import io.undercurrent.nlp.model.ModelFile;
import io.undercurrent.nlp.model.OrdinalTrainer;
import io.undercurrent.nlp.model.SentimentModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sentiment train}: fits the engine's learnable parts to a community's own labelled posts. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = ModuleVersion.class,
        description = {"Train: fit the engine's linear model (feature weights, neutral band, word and phrase "
                + "weights) to labelled posts, starting from the shipped model (or --model), and write a model file "
                + "that 'score', 'eval' and the job (by config) load.",
            "With --holdout, a share of the posts is kept out of training and both the starting and the trained "
                + "model are evaluated on it."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write.")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", description = "Model name reported with each verdict "
            + "(default: the output file name).")
    String name;

    @Option(names = "--holdout", paramLabel = "FRACTION", defaultValue = "0",
            description = "Share of posts (chosen by a stable hash of the text) kept out of training and used to "
                    + "evaluate (default: ${DEFAULT-VALUE}).")
    double holdout;

    @Option(names = "--holdout-out", paramLabel = "FILE",
            description = "Write the held-out posts here as TSV, for 'sentiment eval --format tsv'.")
    Path holdoutOut;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "12", description = "Passes over the data "
            + "(default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--balance-classes", description = "Weight posts by inverse class frequency: more recall on rare "
            + "classes, but confidences no longer follow the data's class frequencies.")
    boolean balanceClasses;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the split and the "
            + "shuffling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (holdout < 0 || holdout >= 1) {
            throw new ParameterException(spec.commandLine(), "--holdout must be in [0, 1)");
        }
        Dataset dataset = dataOptions.read(spec);
        List<LabelledPost> training = new ArrayList<>();
        List<LabelledPost> heldOut = new ArrayList<>();
        for (LabelledPost post : dataset.posts()) {
            (isHeldOut(post.text()) ? heldOut : training).add(post);
        }
        SentimentEngine start = engineOptions.engine(spec);
        OrdinalTrainer.Options defaults = OrdinalTrainer.Options.defaults();
        OrdinalTrainer.Options options = new OrdinalTrainer.Options(epochs, defaults.learningRate(),
                defaults.denseL2(), defaults.ngramL2(), defaults.hashBits(), balanceClasses, seed);
        List<OrdinalTrainer.Example> examples = new ArrayList<>(training.size());
        int skipped = 0;
        for (LabelledPost post : training) {
            SentimentEngine.Encoded encoded = start.encodeForTraining(post.text(), options.hashBits());
            if (!encoded.supported()) {
                skipped++;
                continue;
            }
            examples.add(new OrdinalTrainer.Example(encoded.features().clone(),
                    java.util.Arrays.copyOf(encoded.hashes(), encoded.hashCount()), post.label()));
        }
        if (examples.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no English posts to train on in " + dataOptions.data);
        }
        String modelName = name != null ? name : out.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        SentimentModel model = new OrdinalTrainer(options).train(modelName, start.model(), examples);
        ModelFile.write(model, out);

        PrintWriter console = spec.commandLine().getOut();
        console.printf("trained %s on %d posts (%d not English, skipped), %d held out; wrote %s (%d bytes)%n",
                modelName, examples.size(), skipped, heldOut.size(), out, Files.size(out));
        if (holdoutOut != null) {
            writeTsv(heldOut, holdoutOut);
            console.printf("held-out posts written to %s%n", holdoutOut);
        }
        if (!heldOut.isEmpty()) {
            SentimentEngine trained = SentimentEngine.load(out);
            console.print(evaluate(start, heldOut, dataset.binary()).report("held-out, " + start.model().name()));
            console.print(evaluate(trained, heldOut, dataset.binary()).report("held-out, " + modelName));
        }
        console.flush();
        return 0;
    }

    private boolean isHeldOut(String text) {
        long mixed = (text.hashCode() * 0x9E3779B97F4A7C15L) ^ seed;
        mixed ^= mixed >>> 31;
        mixed *= 0xBF58476D1CE4E5B9L;
        mixed ^= mixed >>> 29;
        return Math.floorMod(mixed, 10_000) < holdout * 10_000;
    }

    private static Evaluation evaluate(SentimentEngine engine, List<LabelledPost> posts, boolean binary) {
        Evaluation evaluation = new Evaluation(binary);
        for (LabelledPost post : posts) {
            evaluation.add(post, engine.analyze(post.text()));
        }
        return evaluation;
    }

    private static void writeTsv(List<LabelledPost> posts, Path file) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("label\ttext\n");
            for (LabelledPost post : posts) {
                writer.write(post.label().wireName() + "\t" + post.text().replaceAll("[\\t\\r\\n]+", " ") + "\n");
            }
        }
    }
}
