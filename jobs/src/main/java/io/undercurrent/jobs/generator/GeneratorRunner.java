package io.undercurrent.jobs.generator;

import io.undercurrent.jobs.records.Post;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a {@link TrafficGenerator} in real time on its own thread: simulated time advances with the wall clock
 * times the configured speed-up, and each post goes to the consumer once its creation time is reached.
 */
public final class GeneratorRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GeneratorRunner.class);
    private static final long PACE_MILLIS = 50;
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final TrafficGenerator generator;
    private final Consumer<Post> sink;
    private final AtomicLong emitted = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long simulatedTime;
    /** Where simulated time starts, and the wall-clock moment it starts at (millis for callers, nanos to pace). */
    private final long simulatedStartMillis;
    private final long wallStartMillis;
    private final long wallStartNanos;

    private GeneratorRunner(TrafficGenerator generator, Consumer<Post> sink) {
        this.generator = generator;
        this.sink = sink;
        this.simulatedTime = generator.simulatedTime();
        this.simulatedStartMillis = simulatedTime;
        this.wallStartMillis = System.currentTimeMillis();
        this.wallStartNanos = System.nanoTime();
        this.thread = new Thread(this::run, "traffic-generator");
        thread.setDaemon(true);
    }

    /** Starts playing {@code generator} from its current simulated time, handing each post to {@code sink}. */
    public static GeneratorRunner start(TrafficGenerator generator, Consumer<Post> sink) {
        GeneratorRunner runner = new GeneratorRunner(generator, sink);
        GeneratorConfig config = generator.config();
        CrisisScript crisis = config.crisis();
        LOG.info("Traffic generator started: {} micro-communities, about {} posts/s, speed-up {}x{}",
                config.microCommunities().size(), config.postsPerSecond(), config.speedUp(),
                crisis == null ? "" : ", crisis in " + crisis.platform() + "/" + crisis.community() + "/"
                        + crisis.microCommunity() + " at " + Instant.ofEpochMilli(config.crisisStartMillis())
                        + " for " + crisis.duration().toSeconds() + " s (simulated)");
        runner.thread.start();
        return runner;
    }

    /**
     * Hands out at once every post the generator has to give before now (by the wall clock), e.g. history to
     * replay before playing live; returns how many.
     */
    public static long catchUp(TrafficGenerator generator, Consumer<Post> sink) {
        long[] count = {0};
        long target;
        do {
            target = System.currentTimeMillis();
            generator.generateUntil(target, generated -> {
                sink.accept(generated.post());
                count[0]++;
            });
        } while (System.currentTimeMillis() - target > PACE_MILLIS);
        return count[0];
    }

    /** Posts handed to the consumer so far. */
    public long emitted() {
        return emitted.get();
    }

    /** Simulated time (epoch millis) up to which posts have been handed out. */
    public long simulatedTime() {
        return simulatedTime;
    }

    /** The wall-clock time (epoch millis) at which this runner hands out the posts of {@code simulatedMillis}. */
    public long wallClockAt(long simulatedMillis) {
        return wallStartMillis + (long) ((simulatedMillis - simulatedStartMillis) / generator.config().speedUp());
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    private void run() {
        double speedUp = generator.config().speedUp();
        try {
            while (running) {
                double wallMillis = (System.nanoTime() - wallStartNanos) / 1e6;
                generator.generateUntil(simulatedStartMillis + (long) (wallMillis * speedUp), generated -> {
                    sink.accept(generated.post());
                    emitted.incrementAndGet();
                });
                simulatedTime = generator.simulatedTime();
                Thread.sleep(PACE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (running) {
                LOG.error("Traffic generator stopped after {} posts: the consumer failed", emitted.get(), e);
            }
        }
    }

    /** Stops the thread; posts not yet handed out are dropped. */
    @Override
    public void close() throws InterruptedException {
        if (!running) {
            return;
        }
        running = false;
        thread.join(STOP_WAIT_MILLIS);
        if (thread.isAlive()) {
            // Stuck in the consumer (e.g. a blocked send): interrupt it.
            thread.interrupt();
            thread.join(STOP_WAIT_MILLIS);
        }
        LOG.info("Traffic generator stopped after {} posts ({} simulated)", emitted.get(),
                formatDuration(simulatedTime - generator.config().startMillis()));
    }

    private static String formatDuration(long millis) {
        long seconds = TimeUnit.MILLISECONDS.toSeconds(millis);
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
