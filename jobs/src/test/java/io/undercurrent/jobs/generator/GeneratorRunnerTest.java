package io.undercurrent.jobs.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.Post;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GeneratorRunnerTest {

    @Test
    void handsOutPostsInTimeOrderAsSimulatedTimePassesAndStopsOnClose() throws Exception {
        GeneratorConfig config = GeneratorConfig.demo().withSpeedUp(30);
        List<Post> received = new CopyOnWriteArrayList<>();
        long wallStart = System.currentTimeMillis();
        GeneratorRunner runner = GeneratorRunner.start(new TrafficGenerator(config, 5), received::add);
        try {
            awaitAtLeast(received, 500);
        } finally {
            runner.close();
        }
        long wallElapsed = System.currentTimeMillis() - wallStart;
        assertThat(runner.isRunning()).isFalse();
        // Simulated time never runs ahead of the wall clock times the speed-up, and no post is from its future.
        assertThat(runner.simulatedTime()).isLessThanOrEqualTo(config.startMillis() + wallElapsed * 30);
        assertThat(received.get(received.size() - 1).createdAt).isLessThan(runner.simulatedTime());
        int atClose = received.size();
        assertThat(runner.emitted()).isEqualTo(atClose);
        Thread.sleep(300);
        assertThat(received).hasSize(atClose);

        for (int i = 1; i < received.size(); i++) {
            assertThat(received.get(i).createdAt).isGreaterThanOrEqualTo(received.get(i - 1).createdAt);
        }
        assertThat(received.get(0).createdAt).isGreaterThanOrEqualTo(config.startMillis());
    }

    @Test
    void catchesUpOnHistoryAtOnceThenPlaysLiveWithTheCrisisOnAWholeMinute() throws Exception {
        long live = System.currentTimeMillis();
        GeneratorConfig config = GeneratorConfig.demo(live, Duration.ofMinutes(10));
        assertThat(config.startMillis()).isEqualTo(live - Duration.ofMinutes(10).toMillis());
        assertThat(config.crisisStartMillis() % 60_000).as("on a whole minute").isZero();
        assertThat(config.crisisStartMillis() - live).isBetween(180_000L, 240_000L);

        TrafficGenerator generator = new TrafficGenerator(config, 5);
        List<Post> history = new ArrayList<>();
        long published = GeneratorRunner.catchUp(generator, history::add);
        long caughtUp = System.currentTimeMillis();
        assertThat(published).isEqualTo(history.size()).as("10 minutes at about 20 posts/s").isGreaterThan(5_000);
        assertThat(history.get(0).createdAt).isLessThan(config.startMillis() + 60_000);
        assertThat(history.get(history.size() - 1).createdAt).isGreaterThan(live - 5_000).isLessThan(caughtUp);

        List<Post> played = new CopyOnWriteArrayList<>();
        GeneratorRunner runner = GeneratorRunner.start(generator, played::add);
        try {
            assertThat(runner.wallClockAt(config.crisisStartMillis()) - config.crisisStartMillis())
                    .as("at speed 1, simulated time is wall time").isBetween(-1_000L, 1_000L);
            awaitAtLeast(played, 10);
        } finally {
            runner.close();
        }
        assertThat(played.get(0).createdAt).as("live posts continue where the history ended")
                .isGreaterThanOrEqualTo(history.get(history.size() - 1).createdAt);
    }

    @Test
    void stopsWhenTheConsumerFails() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        GeneratorRunner runner = GeneratorRunner.start(
                new TrafficGenerator(GeneratorConfig.demo().withSpeedUp(30), 5),
                post -> {
                    if (calls.incrementAndGet() == 10) {
                        throw new IllegalStateException("broker gone");
                    }
                });
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (runner.isRunning() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(runner.isRunning()).isFalse();
            assertThat(calls).hasValue(10);
            assertThat(runner.emitted()).isEqualTo(9);
        } finally {
            runner.close();
        }
    }

    private static void awaitAtLeast(List<Post> received, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received).hasSizeGreaterThanOrEqualTo(count);
    }
}
