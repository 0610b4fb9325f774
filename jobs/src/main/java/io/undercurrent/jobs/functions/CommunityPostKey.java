package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.CommunityPost;
import org.apache.flink.api.java.functions.KeySelector;

/** Keys an annotated post by its micro-community, the same key as {@link MicroCommunityKey}. */
public class CommunityPostKey implements KeySelector<CommunityPost, String> {

    @Override
    public String getKey(CommunityPost annotated) {
        return MicroCommunityKey.of(annotated.scored.post);
    }
}
