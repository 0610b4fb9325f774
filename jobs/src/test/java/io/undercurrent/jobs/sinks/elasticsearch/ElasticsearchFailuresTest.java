package io.undercurrent.jobs.sinks.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchFailuresTest {

    @Test
    void overloadAndServerErrorsAreRetryableItemStatuses() {
        assertThat(ElasticsearchFailures.isRetryableStatus(429)).isTrue();
        assertThat(ElasticsearchFailures.isRetryableStatus(500)).isTrue();
        assertThat(ElasticsearchFailures.isRetryableStatus(503)).isTrue();
    }

    @Test
    void clientErrorsAreRejectionsForGood() {
        assertThat(ElasticsearchFailures.isRetryableStatus(400)).as("mapping error").isFalse();
        assertThat(ElasticsearchFailures.isRetryableStatus(403)).as("write block").isFalse();
        assertThat(ElasticsearchFailures.isRetryableStatus(404)).as("index missing").isFalse();
        assertThat(ElasticsearchFailures.isRetryableStatus(409)).as("version conflict").isFalse();
    }

    @Test
    void connectionFailuresOfAWholeRequestAreRetried() {
        assertThat(ElasticsearchFailures.isRetryable(new ConnectException("Connection refused"))).isTrue();
        assertThat(ElasticsearchFailures.isRetryable(new CompletionException(new SocketTimeoutException("30,000 ms"))))
                .isTrue();
        assertThat(ElasticsearchFailures.isRetryable(new IOException("Connection reset by peer"))).isTrue();
    }

    @Test
    void aWholeRequestIsRetriedOnlyForOverloadAndServerErrors() {
        assertThat(ElasticsearchFailures.isRetryable(new CompletionException(error(503)))).isTrue();
        assertThat(ElasticsearchFailures.isRetryable(error(429))).isTrue();
        assertThat(ElasticsearchFailures.isRetryable(error(400))).isFalse();
        assertThat(ElasticsearchFailures.isRetryable(error(401))).isFalse();
    }

    @Test
    void programmingErrorsAreNotRetried() {
        assertThat(ElasticsearchFailures.isRetryable(new IllegalStateException("bug"))).isFalse();
        assertThat(ElasticsearchFailures.isRetryable(new CompletionException(new NullPointerException()))).isFalse();
    }

    @Test
    void describesTheErrorWithItsCauses() {
        ErrorCause error = ErrorCause.of(e -> e.type("document_parsing_exception")
                .reason("[1:42] failed to parse field [likes] of type [long]")
                .causedBy(c -> c.type("illegal_argument_exception").reason("For input string: \"many\"")));

        assertThat(ElasticsearchFailures.describe(error)).isEqualTo(
                "document_parsing_exception: [1:42] failed to parse field [likes] of type [long]; "
                        + "caused by illegal_argument_exception: For input string: \"many\"");
    }

    @Test
    void describesAFailedRequestByItsRootException() {
        assertThat(ElasticsearchFailures.describe(new CompletionException(new ConnectException("Connection refused"))))
                .isEqualTo("ConnectException: Connection refused");
    }

    private static ElasticsearchException error(int status) {
        return new ElasticsearchException("es/bulk", ErrorResponse.of(r -> r.status(status)
                .error(e -> e.type("status_" + status).reason("test"))));
    }
}
