package io.undercurrent.jobs.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BurstMemoryTest {
    private final DetectorSettings settings = DetectorSettings.defaults();
    private final BurstState state = new BurstState();

    private static long at(double hours) {
        return Windows.START + (long) (hours * Windows.HOUR);
    }

    @Test
    void aSeriesWithoutBurstsKeepsItsTailLevel() {
        BurstMemory memory = new BurstMemory(settings);
        memory.learn(state, at(0), 1.2);
        assertThat(memory.level(state, at(5), 4.0)).isEqualTo(4.0);
    }

    @Test
    void aLaterWindowMustBeatTheEarlierRecord() {
        BurstMemory memory = new BurstMemory(settings);
        memory.learn(state, at(0), 5.0);
        assertThat(memory.level(state, at(3), 4.0)).isCloseTo(5.0, within(0.05));
    }

    @Test
    void theRecordRaisesTheLevelByAtMostTheCap() {
        BurstMemory memory = new BurstMemory(settings);
        memory.learn(state, at(0), 30.0);
        assertThat(memory.level(state, at(3), 4.0)).isEqualTo(settings.burstMemoryCap * 4.0);
    }

    @Test
    void aBurstsOwnHourDoesNotHoldItBack() {
        BurstMemory memory = new BurstMemory(settings);
        memory.learn(state, at(2), 9.0);
        assertThat(memory.level(state, at(2.5), 4.0)).isEqualTo(4.0);
        assertThat(memory.level(state, at(3), 4.0)).isGreaterThan(4.0);
    }

    @Test
    void theRecordFadesOverTheFalseAlarmInterval() {
        settings.burstMemoryCap = 100;
        BurstMemory memory = new BurstMemory(settings);
        memory.learn(state, at(0), 10.0);
        double interval = (double) settings.falseAlarmIntervalMs / Windows.HOUR;
        assertThat(memory.level(state, at(interval), 1.0)).isCloseTo(10.0 / Math.E, within(0.05));
    }
}
