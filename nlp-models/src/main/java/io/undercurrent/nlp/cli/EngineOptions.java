package io.undercurrent.nlp.cli;

import io.undercurrent.nlp.SentimentEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --model} option shared by the commands that run the engine. */
final class EngineOptions {

    @Option(names = "--model", paramLabel = "FILE",
            description = "Model file written by 'sentiment train' (default: the shipped model).")
    Path model;

    SentimentEngine engine(CommandSpec spec) {
        if (model == null) {
            return SentimentEngine.shared();
        }
        if (!Files.isReadable(model)) {
            throw new ParameterException(spec.commandLine(), "model file " + model + " is not readable");
        }
        return SentimentEngine.shared(model);
    }
}
