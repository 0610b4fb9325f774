package io.undercurrent.nlp.cli;

import io.undercurrent.nlp.eval.Dataset;
import io.undercurrent.nlp.eval.DatasetFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --data FILE --format F}: a labelled data file; the format defaults from the file extension. */
final class DataOptions {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Labelled data file.")
    Path data;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "airline-csv, sst or tsv (default: from the extension: .csv, .txt, .tsv).")
    String format;

    /**
     * Evaluation data (e.g. ../shared/data beside the repository) may be absent on a fresh clone; eval and bench then
     * skip with a note instead of failing. Returns true when it printed that note.
     */
    boolean skipIfAbsent(CommandSpec spec) {
        if (Files.exists(data)) {
            return false;
        }
        spec.commandLine().getOut().printf("skipped: no data at %s%n", data);
        spec.commandLine().getOut().flush();
        return true;
    }

    Dataset read(CommandSpec spec) {
        if (!Files.isReadable(data)) {
            throw new ParameterException(spec.commandLine(), "data file " + data + " is not readable");
        }
        try {
            return format().read(data);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + data + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private DatasetFormat format() {
        if (format != null) {
            return DatasetFormat.fromCliName(format);
        }
        String name = data.getFileName().toString();
        if (name.endsWith(".csv")) {
            return DatasetFormat.AIRLINE_CSV;
        }
        if (name.endsWith(".tsv")) {
            return DatasetFormat.TSV;
        }
        if (name.endsWith(".txt")) {
            return DatasetFormat.SST;
        }
        throw new IllegalArgumentException("cannot tell the format of " + name + "; give --format");
    }
}
