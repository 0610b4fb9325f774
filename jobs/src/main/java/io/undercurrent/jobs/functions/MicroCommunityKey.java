package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.ScoredPost;
import org.apache.flink.api.java.functions.KeySelector;

/** Keys a scored post by the micro-community it belongs to: {@code platform/community/microCommunity}. */
public class MicroCommunityKey implements KeySelector<ScoredPost, String> {

    @Override
    public String getKey(ScoredPost scored) {
        return scored.post.platform + "/" + scored.post.community + "/" + scored.post.microCommunity;
    }
}
