package io.undercurrent.jobs.sources;

import io.undercurrent.jobs.records.Post;
import java.io.Serializable;

/** Turns one native payload (one Kafka record value) into a canonical {@link Post}. Implementations are stateless. */
public interface PostAdapter extends Serializable {

    /**
     * @return a post whose required fields are all present and non-blank
     * @throws MalformedPostException with a specific reason when the payload is not a usable post
     */
    Post parse(byte[] payload) throws MalformedPostException;
}
