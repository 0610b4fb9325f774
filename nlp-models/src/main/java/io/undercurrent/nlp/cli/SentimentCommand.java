package io.undercurrent.nlp.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sentiment}: score, evaluate, train and benchmark the sentiment engine. */
@Command(name = "sentiment", mixinStandardHelpOptions = true, versionProvider = ModuleVersion.class,
        description = "Score, evaluate, train and benchmark the sentiment engine.",
        subcommands = {ScoreCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class})
public final class SentimentCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SentimentCommand()).execute(args));
    }
}
