package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.HealthStats;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.sketches.TopicTally;

/**
 * The window state of one micro-community's micro-map: the map as counted so far, and the full topic tally the
 * map's top topics come from. A Flink POJO.
 */
public class MicroMapAccumulator {
    public MicroMap map;
    public TopicTally topics = new TopicTally();

    public MicroMapAccumulator() {
        map = MicroMap.empty();
        map.health = new HealthStats();
    }
}
