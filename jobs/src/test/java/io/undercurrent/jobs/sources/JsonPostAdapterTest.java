package io.undercurrent.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every format refuses before its own fields are read. */
class JsonPostAdapterTest {

    @ParameterizedTest
    @EnumSource(PostFormat.class)
    void textThatIsNotJsonIsRejectedWithWhereItWentWrong(PostFormat format) {
        byte[] payload = "hello world".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.adapter().parse(payload))
                .isInstanceOf(MalformedPostException.class)
                .hasMessage("not JSON: Unrecognized token 'hello': was expecting (JSON String, Number, Array, Object"
                        + " or token 'null', 'true' or 'false') at line 1 column 7");
    }

    @ParameterizedTest
    @EnumSource(PostFormat.class)
    void truncatedJsonIsRejected(PostFormat format) {
        byte[] payload = "{\"id\": \"reddit:t1_x\", \"text\": ".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.adapter().parse(payload))
                .hasMessage("not JSON: Unexpected end-of-input within/between Object entries at line 1 column 31");
    }

    @ParameterizedTest
    @EnumSource(PostFormat.class)
    void trailingContentAfterTheObjectIsRejected(PostFormat format) {
        byte[] payload = "{\"a\":1} {\"b\":2}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.adapter().parse(payload))
                .hasMessageStartingWith("not JSON: Trailing token (of type START_OBJECT) found after value");
    }

    @ParameterizedTest
    @EnumSource(PostFormat.class)
    void bytesThatAreNotUtf8AreRejected(PostFormat format) {
        byte[] payload = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'};

        assertThatThrownBy(() -> format.adapter().parse(payload))
                .hasMessage("not JSON: Invalid UTF-8 start byte 0xff at line 1 column 8");
    }

    @ParameterizedTest
    @EnumSource(PostFormat.class)
    void emptyPayloadIsRejected(PostFormat format) {
        assertThatThrownBy(() -> format.adapter().parse(new byte[0])).hasMessage("empty payload");
        assertThatThrownBy(() -> format.adapter().parse(" \n ".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("empty payload");
        assertThatThrownBy(() -> format.adapter().parse(null)).hasMessage("empty payload");
    }

    @ParameterizedTest
    @EnumSource(PostFormat.class)
    void jsonThatIsNotAnObjectIsRejected(PostFormat format) {
        assertThatThrownBy(() -> format.adapter().parse("[{\"id\":1}]".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("not a JSON object: got array");
        assertThatThrownBy(() -> format.adapter().parse("\"post\"".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("not a JSON object: got string");
    }

    @ParameterizedTest
    @EnumSource(PostFormat.class)
    void payloadOverTheLimitIsRejectedUnread(PostFormat format) {
        byte[] payload = new byte[JsonPostAdapter.MAX_PAYLOAD_BYTES + 1];
        Arrays.fill(payload, (byte) ' ');

        assertThatThrownBy(() -> format.adapter().parse(payload))
                .hasMessage("payload too large: 1048577 bytes (limit 1048576)");
    }

    @ParameterizedTest
    @EnumSource(PostFormat.class)
    void payloadAtTheLimitIsRead(PostFormat format) throws Exception {
        String json = "{\"id\":\"gen:1\",\"platform\":\"gen\",\"community\":\"c\",\"microCommunity\":\"m\","
                + "\"author\":\"a\",\"createdAt\":1714544100250,\"text\":\"";
        int textLength = JsonPostAdapter.MAX_PAYLOAD_BYTES - json.length() - 2;
        byte[] payload = (json + "x".repeat(textLength) + "\"}").getBytes(StandardCharsets.UTF_8);

        if (format == PostFormat.CANONICAL || format == PostFormat.AUTO) {
            assertThat(format.adapter().parse(payload).text).hasSize(textLength);
        } else {
            // read, then refused for being the wrong format rather than for its size
            assertThatThrownBy(() -> format.adapter().parse(payload)).hasMessageNotContaining("too large");
        }
    }
}
