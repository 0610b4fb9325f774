package io.undercurrent.jobs.cli;

import io.undercurrent.jobs.detectors.DetectorSettings;
import io.undercurrent.jobs.detectors.nab.NabRunner;
import io.undercurrent.jobs.detectors.simulate.Simulation;
import io.undercurrent.jobs.detectors.simulate.SimulationTable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code detect}: runs the crisis and anomaly detectors outside Flink, on benchmark or generated data. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Run the detectors on benchmark or generated data, outside Flink.",
        subcommands = {DetectCommand.Nab.class, DetectCommand.Simulate.class})
public class DetectCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "nab", mixinStandardHelpOptions = true,
            description = "Score NAB-style volume series (timestamp,value) with the job's volume detector and"
                    + " shipped defaults. Writes timestamp,value,anomaly_score per input row; a score >= 0.5 is an"
                    + " alert.")
    static class Nab implements Callable<Integer> {

        @ArgGroup(exclusive = true, multiplicity = "1")
        Inputs inputs;

        static class Inputs {
            @ArgGroup(exclusive = false)
            OneFile file;
            @ArgGroup(exclusive = false)
            Directory directory;
        }

        static class OneFile {
            @Option(names = "--input", required = true, description = "Data CSV: timestamp,value.")
            Path input;
            @Option(names = "--output", required = true, description = "Result CSV to write.")
            Path output;
        }

        static class Directory {
            @Option(names = "--input-dir", required = true, description = "Folder of data CSVs.")
            Path inputDir;
            @Option(names = "--output-dir", required = true,
                    description = "Folder for result CSVs, named like the data files.")
            Path outputDir;
        }

        @Override
        public Integer call() throws Exception {
            NabRunner runner = new NabRunner(DetectorSettings.defaults());
            if (inputs.file != null) {
                int rows = runner.run(inputs.file.input, inputs.file.output);
                System.out.printf("%s: %d rows scored -> %s%n", inputs.file.input, rows, inputs.file.output);
            } else {
                List<Path> done = runner.runDirectory(inputs.directory.inputDir, inputs.directory.outputDir);
                System.out.printf("%d series scored -> %s%n", done.size(), inputs.directory.outputDir);
            }
            return 0;
        }
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = "Run the micro-community detectors over a generated week of traffic (5-minute windows,"
                    + " after a warm-up week): first with no crisis, then with 10 injected crises. Prints a table.")
    static class Simulate implements Callable<Integer> {
        @Option(names = "--micro-communities", defaultValue = "50", description = "Default: ${DEFAULT-VALUE}.")
        int microCommunities;
        @Option(names = "--seed", defaultValue = "7", description = "Default: ${DEFAULT-VALUE}.")
        long seed;

        @Override
        public Integer call() {
            Simulation simulation = new Simulation(DetectorSettings.defaults(), microCommunities, seed);
            System.out.printf("%d micro-communities, 5-minute windows, one warm-up week then one scored week%n%n",
                    microCommunities);
            SimulationTable.print(System.out, List.of(
                    simulation.run("no crisis", List.of()),
                    simulation.run("10 injected crises", simulation.standardCrises())));
            return 0;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DetectCommand()).execute(args));
    }
}
