package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.ScoredPost;
import org.apache.flink.api.common.functions.MapFunction;

/** Sets each scored post's topics ({@link TopicExtractor}); removed and deleted posts have none. */
public class ExtractTopicsFunction implements MapFunction<ScoredPost, ScoredPost> {

    private static final String[] NONE = new String[0];

    @Override
    public ScoredPost map(ScoredPost scored) {
        boolean gone = Moderation.isRemoved(scored.post) || Moderation.isDeleted(scored.post);
        scored.topics = gone ? NONE : TopicExtractor.topics(scored.post.text, scored.terms);
        return scored;
    }
}
