package io.undercurrent.jobs.records;

/** One topic × sentiment cell of a micro-map: how often a topic came up in the window and how it felt. */
public class TopicCell {
    public String topic;
    public long count;
    public double sentimentSum;

    public TopicCell() {}

    public double meanSentiment() {
        return count == 0 ? 0.0 : sentimentSum / count;
    }
}
