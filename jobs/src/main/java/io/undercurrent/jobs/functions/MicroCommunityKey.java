package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.ScoredPost;
import org.apache.flink.api.java.functions.KeySelector;

/** Keys a scored post by the micro-community it belongs to: {@code platform/community/microCommunity}. */
public class MicroCommunityKey implements KeySelector<ScoredPost, String> {

    @Override
    public String getKey(ScoredPost scored) {
        return of(scored.post);
    }

    public static String of(Post post) {
        return post.platform + "/" + post.community + "/" + post.microCommunity;
    }
}
