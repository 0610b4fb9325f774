package io.undercurrent.jobs.sinks.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.transport.TransportException;
import org.elasticsearch.client.ResponseException;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Which Elasticsearch failures are worth retrying. Overload (429), server errors (5xx) and connection problems
 * pass; anything else is the request's own fault and fails the same way every time.
 */
final class ElasticsearchFailures {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERRORS = 500;

    private ElasticsearchFailures() {}

    /** For one bulk item's status, or a whole response's. */
    static boolean isRetryableStatus(int status) {
        return status == TOO_MANY_REQUESTS || status >= SERVER_ERRORS;
    }

    /** For a bulk request that failed as a whole. */
    static boolean isRetryable(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ElasticsearchException) {
            return isRetryableStatus(((ElasticsearchException) cause).status());
        }
        if (cause instanceof ResponseException) {
            return isRetryableStatus(((ResponseException) cause).getResponse().getStatusLine().getStatusCode());
        }
        if (cause instanceof TransportException) {
            // Always has a response; connection failures arrive as plain IOExceptions.
            return isRetryableStatus(((TransportException) cause).statusCode());
        }
        return cause instanceof IOException;
    }

    /** "type: reason", followed by the chain of causes Elasticsearch reported. */
    static String describe(ErrorCause error) {
        StringBuilder text = new StringBuilder();
        for (ErrorCause cause = error; cause != null; cause = cause.causedBy()) {
            if (text.length() > 0) {
                text.append("; caused by ");
            }
            text.append(cause.type()).append(": ").append(cause.reason());
        }
        return text.toString();
    }

    static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
