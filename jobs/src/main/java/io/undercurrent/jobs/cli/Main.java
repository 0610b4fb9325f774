package io.undercurrent.jobs.cli;

import io.undercurrent.nlp.cli.SentimentCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line entry point: {@code java -jar undercurrent.jar <command>}, also usable with {@code flink run}. */
@Command(
        name = "undercurrent",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Live sentiment and crisis monitor for social and community streams.",
        subcommands = {
            DemoCommand.class,
            RunCommand.class,
            GenerateCommand.class,
            SentimentCommand.class,
            DetectCommand.class,
            BacktestCommand.class,
            CommandLine.HelpCommand.class
        })
public class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exitCode = new CommandLine(new Main()).execute(args);
        // Under `flink run` a clean return hands control back to Flink's client; exit only to report failure.
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
