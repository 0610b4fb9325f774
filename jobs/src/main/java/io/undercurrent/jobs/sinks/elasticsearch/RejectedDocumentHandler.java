package io.undercurrent.jobs.sinks.elasticsearch;

import io.undercurrent.jobs.records.DeadLetter;

import java.io.Serializable;

/**
 * Takes the documents Elasticsearch rejects for good (mapping errors and other 4xx item failures), so they are
 * kept with their reason instead of retried forever or lost. Each sink writer gets its own copy, opens it,
 * and calls it from a single thread.
 */
public interface RejectedDocumentHandler extends Serializable {

    default void open() throws Exception {}

    /** Hands over one rejected document (stage "index", origin "index/id"); may buffer. */
    void reject(DeadLetter deadLetter) throws Exception;

    /** Returns once every document handed over so far is stored; the sink acknowledges the batch only then. */
    default void flush() throws Exception {}

    default void close() throws Exception {}
}
