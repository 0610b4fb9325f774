package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.DeadLetter;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.RawRecord;
import io.undercurrent.jobs.sources.MalformedPostException;
import io.undercurrent.jobs.sources.PostAdapter;
import io.undercurrent.jobs.sources.PostFormat;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Parses raw records with their topic's adapter ({@link PostFormat#AUTO} for topics not configured). Records that
 * are not posts go to {@link #DEAD_LETTERS} with the reason and their original bytes; nothing in a record can make
 * this function throw.
 */
public class ParsePostFunction extends ProcessFunction<RawRecord, Post> {

    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("parse-dead-letters", TypeInformation.of(DeadLetter.class));

    static final String STAGE = "parse";

    private final HashMap<String, PostAdapter> topicAdapters = new HashMap<>();
    private final PostAdapter unknownTopicAdapter;
    private transient Counter postsParsed;
    private transient Counter postsDeadLettered;

    public ParsePostFunction(Map<String, PostFormat> topicFormats) {
        this(topicFormats, PostFormat.AUTO.adapter());
    }

    /** For tests that need an adapter no format has, such as one that fails. */
    ParsePostFunction(Map<String, PostFormat> topicFormats, PostAdapter unknownTopicAdapter) {
        topicFormats.forEach((topic, format) -> topicAdapters.put(topic, format.adapter()));
        this.unknownTopicAdapter = unknownTopicAdapter;
    }

    @Override
    public void open(OpenContext openContext) {
        postsParsed = getRuntimeContext().getMetricGroup().counter("postsParsed");
        postsDeadLettered = getRuntimeContext().getMetricGroup().counter("postsDeadLettered");
    }

    @Override
    public void processElement(RawRecord record, Context ctx, Collector<Post> out) {
        Post post;
        try {
            post = topicAdapters.getOrDefault(record.topic, unknownTopicAdapter).parse(record.payload);
        } catch (MalformedPostException e) {
            deadLetter(record, e.getMessage(), ctx);
            return;
        } catch (RuntimeException e) {
            // An adapter bug must not stop the job either; the class name tells the developer where to look.
            deadLetter(record, "adapter error: " + e.getClass().getName() + ": " + e.getMessage(), ctx);
            return;
        }
        // Outside the try: an exception from chained downstream operators is theirs, not this record's fault.
        out.collect(post);
        postsParsed.inc();
    }

    private void deadLetter(RawRecord record, String reason, Context ctx) {
        String origin = record.topic + "/" + record.partition + "/" + record.offset;
        long now = ctx.timerService().currentProcessingTime();
        ctx.output(DEAD_LETTERS, new DeadLetter(STAGE, reason, origin, now, record.payload));
        postsDeadLettered.inc();
    }
}
