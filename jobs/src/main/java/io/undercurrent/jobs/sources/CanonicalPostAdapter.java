package io.undercurrent.jobs.sources;

import io.undercurrent.jobs.records.Post;

/** Our own canonical post JSON (see {@link CanonicalPostJson} and the package documentation). */
public class CanonicalPostAdapter extends JsonPostAdapter {

    @Override
    boolean recognises(JsonFields root) {
        return root.has(CanonicalPostJson.PLATFORM) && root.has(CanonicalPostJson.MICRO_COMMUNITY);
    }

    @Override
    Post toPost(JsonFields root) throws MalformedPostException {
        return CanonicalPostJson.fromJson(root);
    }
}
