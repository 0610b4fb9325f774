package io.undercurrent.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undercurrent.jobs.records.Post;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CanonicalPostAdapterTest {

    private final CanonicalPostAdapter adapter = new CanonicalPostAdapter();

    @Test
    void canonicalJsonBecomesAPostWithEveryField() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("canonical/post.json"));

        assertThat(post.id).isEqualTo("forum:8812");
        assertThat(post.platform).isEqualTo("forum");
        assertThat(post.community).isEqualTo("city-of-lyon");
        assertThat(post.microCommunity).isEqualTo("transport");
        assertThat(post.author).isEqualTo("camille");
        assertThat(post.text).isEqualTo("La ligne B est encore en panne ce matin.");
        assertThat(post.language).isEqualTo("fr");
        assertThat(post.createdAt).isEqualTo(Instant.parse("2024-05-01T06:15:00.250Z").toEpochMilli());
        assertThat(post.likes).isEqualTo(3);
        assertThat(post.replies).isEqualTo(1);
        assertThat(post.shares).isZero();
        assertThat(post.parentId).isEqualTo("forum:8790");
        assertThat(post.threadId).isEqualTo("forum:8790");
        assertThat(post.url).isEqualTo("https://forum.example/t/8812");
    }

    @Test
    void createdAtMayBeEpochMillisAndOptionalFieldsAbsent() throws Exception {
        byte[] payload = ("{\"id\":\"gen:1\",\"platform\":\"gen\",\"community\":\"c\",\"microCommunity\":\"m\","
                + "\"author\":\"a\",\"text\":\"t\",\"createdAt\":1714544100250}").getBytes();

        Post post = adapter.parse(payload);

        assertThat(post.createdAt).isEqualTo(1714544100250L);
        assertThat(post.language).isNull();
        assertThat(post.likes).isZero();
        assertThat(post.parentId).isNull();
        assertThat(post.url).isNull();
    }

    @Test
    void encodeThenDecodeGivesTheSamePost() throws Exception {
        Post original = adapter.parse(Fixtures.bytes("canonical/post.json"));

        assertThat(CanonicalPostJson.decode(CanonicalPostJson.encode(original))).isEqualTo(original);
    }

    @Test
    void encodeWritesAnIsoInstantAndLeavesOutAbsentFields() throws Exception {
        Post post = new Post();
        post.id = "gen:7";
        post.platform = "gen";
        post.community = "c";
        post.microCommunity = "m";
        post.author = "a";
        post.text = "t";
        post.createdAt = Instant.parse("2024-05-01T06:15:00.250Z").toEpochMilli();
        post.likes = 2;

        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(CanonicalPostJson.encode(post));

        assertThat(json.get("createdAt").asText()).isEqualTo("2024-05-01T06:15:00.250Z");
        assertThat(json.get("likes").asLong()).isEqualTo(2);
        assertThat(json.has("language")).isFalse();
        assertThat(json.has("parentId")).isFalse();
        assertThat(json.has("threadId")).isFalse();
        assertThat(json.has("url")).isFalse();
    }

    @Test
    void missingTextIsRejected() {
        ObjectNode post = Fixtures.json("canonical/post.json");
        post.remove("text");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(post)))
                .isInstanceOf(MalformedPostException.class)
                .hasMessage("missing required field: text");
    }

    @Test
    void nullCountsAsMissing() {
        ObjectNode post = Fixtures.json("canonical/post.json");
        post.putNull("author");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(post)))
                .hasMessage("missing required field: author");
    }

    @Test
    void blankCommunityIsRejected() {
        ObjectNode post = Fixtures.json("canonical/post.json");
        post.put("community", "  ");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(post)))
                .hasMessage("blank required field: community");
    }

    @Test
    void countAsTextIsRejected() {
        ObjectNode post = Fixtures.json("canonical/post.json");
        post.put("likes", "3");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(post)))
                .hasMessage("wrong type for field likes: expected integer, got string");
    }

    @Test
    void createdAtOfTheWrongTypeIsRejected() {
        ObjectNode post = Fixtures.json("canonical/post.json");
        post.put("createdAt", true);

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(post)))
                .hasMessage("wrong type for field createdAt: expected ISO-8601 string or epoch milliseconds,"
                        + " got boolean");
    }

    @Test
    void createdAtWithoutOffsetIsRejected() {
        ObjectNode post = Fixtures.json("canonical/post.json");
        post.put("createdAt", "2024-05-01T08:15:00");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(post)))
                .hasMessage("invalid timestamp in createdAt: '2024-05-01T08:15:00' is not ISO-8601 with an offset,"
                        + " e.g. 2024-05-01T12:00:00Z");
    }

    @Test
    void createdAtBeyondWhatMillisecondsHoldIsRejected() {
        ObjectNode post = Fixtures.json("canonical/post.json");
        post.put("createdAt", "+999999999-12-31T23:59:59Z");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(post)))
                .hasMessage("invalid timestamp in createdAt: '+999999999-12-31T23:59:59Z' is out of range");
    }

    @Test
    void createdAtBeforeTheEpochIsRejected() {
        ObjectNode post = Fixtures.json("canonical/post.json");
        post.put("createdAt", 0);

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(post)))
                .hasMessage("createdAt must be after 1970-01-01T00:00:00Z, got 0 ms");
    }

    @Test
    void idMustCarryItsPlatform() {
        ObjectNode post = Fixtures.json("canonical/post.json");
        post.put("id", "8812");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(post)))
                .hasMessage("id '8812' does not start with its platform 'forum:'");
    }
}
