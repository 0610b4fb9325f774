package io.undercurrent.jobs.sources;

/**
 * A payload that cannot become a {@link io.undercurrent.jobs.records.Post}. The message is the reason written to the
 * dead-letter topic, so it names the exact problem, e.g. "missing required field: content".
 */
public class MalformedPostException extends Exception {

    public MalformedPostException(String reason) {
        super(reason);
    }

    static MalformedPostException missing(String path) {
        return new MalformedPostException("missing required field: " + path);
    }
}
