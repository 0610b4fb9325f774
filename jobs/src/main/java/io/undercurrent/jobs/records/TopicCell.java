package io.undercurrent.jobs.records;

/** One topic × sentiment cell of a micro-map: how often a topic came up in the window and how it felt. */
public class TopicCell {
    public String topic;
    /** Posts that mentioned the topic. */
    public long count;
    /** Of those, the posts whose sentiment the engine could judge; the denominator of {@link #meanSentiment()}. */
    public long scoredCount;
    public double sentimentSum;

    public TopicCell() {}

    public TopicCell(String topic) {
        this.topic = topic;
    }

    public double meanSentiment() {
        return scoredCount == 0 ? 0.0 : sentimentSum / scoredCount;
    }

    public void add(TopicCell other) {
        count += other.count;
        scoredCount += other.scoredCount;
        sentimentSum += other.sentimentSum;
    }

    public TopicCell copy() {
        TopicCell copy = new TopicCell(topic);
        copy.add(this);
        return copy;
    }
}
