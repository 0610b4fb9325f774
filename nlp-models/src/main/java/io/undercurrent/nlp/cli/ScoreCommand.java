package io.undercurrent.nlp.cli;

import io.undercurrent.nlp.Sentiment;
import io.undercurrent.nlp.SentimentAnalyzer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sentiment score}: one post per input line in, one JSON verdict per output line out, in input order. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = ModuleVersion.class,
        description = {"Score posts: reads one post per line (stdin by default) and writes one JSON object per line, "
                + "in input order: {\"score\":s,\"label\":\"negative|neutral|positive\",\"confidence\":c,"
                + "\"classes\":[5 probabilities]}.",
            "Posts not in English are scored neutral with confidence 0 and also carry \"supported\":false and the "
                + "detected \"language\"."})
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--input", paramLabel = "FILE", description = "Posts, one per line (default: stdin).")
    Path input;

    @Override
    public Integer call() throws IOException {
        SentimentAnalyzer engine = engineOptions.engine(spec);
        Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
        try (BufferedReader in = input == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            StringBuilder json = new StringBuilder(160);
            while ((line = in.readLine()) != null) {
                json.setLength(0);
                appendJson(engine.analyze(line), json);
                out.append(json).append('\n');
            }
        }
        out.flush();
        return 0;
    }

    static void appendJson(Sentiment s, StringBuilder json) {
        boolean supported = s.supported();
        json.append("{\"score\":");
        appendNumber(s.score(), json);
        json.append(",\"label\":\"").append(supported ? s.label().wireName() : "neutral")
                .append("\",\"confidence\":");
        appendNumber(s.confidence(), json);
        json.append(",\"classes\":[");
        double[] classes = s.classes();
        for (int k = 0; k < classes.length; k++) {
            if (k > 0) {
                json.append(',');
            }
            appendNumber(classes[k], json);
        }
        json.append(']');
        if (!supported) {
            json.append(",\"supported\":false,\"language\":\"").append(s.language()).append('"');
        }
        json.append('}');
    }

    /** Four decimals, no exponent: String.format would cost more than scoring the post. */
    static void appendNumber(double value, StringBuilder json) {
        long tenThousandths = Math.round(value * 10_000);
        if (tenThousandths < 0) {
            json.append('-');
            tenThousandths = -tenThousandths;
        }
        json.append(tenThousandths / 10_000).append('.');
        long fraction = tenThousandths % 10_000;
        for (long digit = 1_000; digit > 0; digit /= 10) {
            json.append((char) ('0' + fraction / digit % 10));
        }
    }
}
