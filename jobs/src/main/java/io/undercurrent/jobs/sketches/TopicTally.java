package io.undercurrent.jobs.sketches;

import io.undercurrent.jobs.records.TopicCell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts topics with their sentiment in a table of bounded size. Exact until more than {@code capacity} distinct
 * topics come up; then the less frequent half is dropped, so frequent topics survive with their counts since they
 * were last admitted while one-off words cannot grow the state without bound. A Flink POJO (the map has Flink's
 * built-in map serializer).
 */
public class TopicTally {

    /** Most frequent first; ties by name so the order is stable. */
    public static final Comparator<TopicCell> MOST_FREQUENT =
            Comparator.comparingLong((TopicCell cell) -> cell.count).reversed().thenComparing(cell -> cell.topic);

    public Map<String, TopicCell> cells = new HashMap<>();

    public TopicTally() {}

    /** One post mentioning {@code topic}; {@code scored} says whether its sentiment {@code score} counts. */
    public void add(String topic, boolean scored, double score, int capacity) {
        TopicCell cell = cells.computeIfAbsent(topic, TopicCell::new);
        cell.count++;
        if (scored) {
            cell.scoredCount++;
            cell.sentimentSum += score;
        }
        trim(capacity);
    }

    /** Adds cells counted elsewhere (another window's or micro-community's). */
    public void addAll(TopicCell[] others, int capacity) {
        if (others == null) {
            return;
        }
        for (TopicCell other : others) {
            cells.computeIfAbsent(other.topic, TopicCell::new).add(other);
        }
        trim(capacity);
    }

    public void merge(TopicTally other, int capacity) {
        addAll(other.cells.values().toArray(new TopicCell[0]), capacity);
    }

    /** The {@code k} most frequent topics, most frequent first, as copies. */
    public TopicCell[] top(int k) {
        List<TopicCell> sorted = new ArrayList<>(cells.values());
        sorted.sort(MOST_FREQUENT);
        return sorted.stream().limit(k).map(TopicCell::copy).toArray(TopicCell[]::new);
    }

    public TopicTally copy() {
        TopicTally copy = new TopicTally();
        cells.forEach((topic, cell) -> copy.cells.put(topic, cell.copy()));
        return copy;
    }

    private void trim(int capacity) {
        if (cells.size() <= capacity) {
            return;
        }
        List<TopicCell> sorted = new ArrayList<>(cells.values());
        sorted.sort(MOST_FREQUENT);
        for (TopicCell dropped : sorted.subList(capacity / 2, sorted.size())) {
            cells.remove(dropped.topic);
        }
    }
}
