package io.undercurrent.nlp.cli;

import io.undercurrent.nlp.SentimentAnalyzer;
import io.undercurrent.nlp.eval.Dataset;
import io.undercurrent.nlp.eval.LabelledPost;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sentiment bench}: single-thread throughput of each system on the same posts, in one process. Throughput
 * is counted per CPU-second of the benchmark thread, so other load on the machine does not skew "per core". The
 * engine runs without its cache of recent texts, which would otherwise answer the replayed posts.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = ModuleVersion.class,
        description = "Benchmark: load time, heap held (after its run) and single-thread posts/s per core of each "
                + "system on the same posts, and how many times faster the engine is. Run it with the anchors "
                + "from the benchmark classpath (see README).")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    SystemsOption systems;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "3",
            description = "Warm-up time per system (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--seconds", paramLabel = "SECONDS", defaultValue = "10",
            description = "Measured CPU time per system (default: ${DEFAULT-VALUE}).")
    double measureSeconds;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() {
        if (dataOptions.skipIfAbsent(spec)) {
            return 0;
        }
        List<String> texts = dataOptions.read(spec).posts().stream().map(LabelledPost::text).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d posts, single thread, %.1f s warm-up, %.1f s measured per system%n", texts.size(),
                warmupSeconds, measureSeconds);
        out.printf("%-10s %8s %14s %16s %16s%n", "system", "load s", "heap MB", "posts/s/core", "engine speed-up");
        out.flush();
        double enginePostsPerSecond = Double.NaN;
        for (Map.Entry<String, Supplier<SentimentAnalyzer>> system
                : systems.resolve(spec, () -> engineOptions.engine(spec).withoutRepeatCache()).entrySet()) {
            long heapBefore = usedHeapAfterGc();
            long start = System.nanoTime();
            SentimentAnalyzer analyzer = system.getValue().get();
            analyzer.analyze("warm the model up"); // lazy loaders load now
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            run(analyzer, texts, warmupSeconds);
            double postsPerSecond = run(analyzer, texts, measureSeconds);
            long heap = Math.max(0, usedHeapAfterGc() - heapBefore); // after the run: includes lazy caches
            if (system.getKey().equals(SystemsOption.ENGINE)) {
                enginePostsPerSecond = postsPerSecond;
            }
            out.printf("%-10s %8.2f %14.1f %16.0f %16s%n", system.getKey(), loadSeconds, heap / 1e6, postsPerSecond,
                    Double.isNaN(enginePostsPerSecond) ? "-"
                            : String.format(Locale.ROOT, "%.1fx", enginePostsPerSecond / postsPerSecond));
            out.flush();
        }
        return 0;
    }

    /** Runs the posts round-robin for about {@code seconds} of thread CPU time; returns posts per CPU-second. */
    private double run(SentimentAnalyzer analyzer, List<String> texts, double seconds) {
        long budget = (long) (seconds * 1e9);
        long cpuStart = threads.getCurrentThreadCpuTime();
        long posts = 0;
        long used;
        int sink = 0;
        do {
            for (int i = 0; i < 64; i++) {
                sink += analyzer.analyze(texts.get((int) (posts++ % texts.size()))).label().ordinal();
            }
            used = threads.getCurrentThreadCpuTime() - cpuStart;
        } while (used < budget);
        if (sink == Integer.MIN_VALUE) {
            System.out.print(""); // keeps the results observable so the JIT cannot drop the calls
        }
        return posts / (used / 1e9);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
