package io.undercurrent.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undercurrent.jobs.records.Post;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MastodonStatusAdapterTest {

    private final MastodonStatusAdapter adapter = new MastodonStatusAdapter();

    @Test
    void localStatusBecomesAPostWithEveryField() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("mastodon/status-local-en.json"));

        assertThat(post.id).isEqualTo("mastodon:mastodon.social:104009345963987537");
        assertThat(post.platform).isEqualTo("mastodon");
        assertThat(post.community).isEqualTo("mastodon.social");
        assertThat(post.microCommunity).isEqualTo("public");
        assertThat(post.author).isEqualTo("interneteh@mastodon.social");
        assertThat(post.text).isEqualTo("Kiddo heard this announcement thanking all the healthcare workers, delivery"
                + " drivers and truck drivers and he was like \"yeah, thanks truck drivers\" all sarcastic. I was like"
                + " dude, they bring everything to where we can get it. He says \"oh those truck drivers.\" He thought"
                + " they meant just people with pickups");
        assertThat(post.language).isEqualTo("en");
        assertThat(post.createdAt).isEqualTo(Instant.parse("2020-04-16T17:04:30.664Z").toEpochMilli());
        assertThat(post.likes).isZero();
        assertThat(post.replies).isZero();
        assertThat(post.shares).isZero();
        assertThat(post.parentId).isNull();
        assertThat(post.threadId).isNull();
        assertThat(post.url).isEqualTo("https://mastodon.social/@interneteh/104009345963987537");
    }

    @Test
    void federatedStatusBelongsToItsAuthorsInstance() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("mastodon/status-ja.json"));

        assertThat(post.id).isEqualTo("mastodon:mstdn.sasachi.tokyo:104009345707066649");
        assertThat(post.community).isEqualTo("mstdn.sasachi.tokyo");
        assertThat(post.author).isEqualTo("sasachi@mstdn.sasachi.tokyo");
        assertThat(post.text).isEqualTo("という経緯でFolding@homeの存在を知った。");
        assertThat(post.language).isEqualTo("ja");
        assertThat(post.url).isEqualTo("https://mstdn.sasachi.tokyo/@sasachi/104009345393845232");
    }

    @Test
    void microCommunityIsTheFirstHashtagInTheTextNotTheFirstTagListed() throws Exception {
        // tags lists tocopilla first; the text starts with #Antofagasta
        Post spanish = adapter.parse(Fixtures.bytes("mastodon/status-hashtags-es.json"));
        // #Inkscape comes first; #Inkscape10 right after it must not be taken for it
        Post german = adapter.parse(Fixtures.bytes("mastodon/status-hashtags-de.json"));

        assertThat(spanish.microCommunity).isEqualTo("#antofagasta");
        assertThat(spanish.community).isEqualTo("friendica.chilemasto.casa");
        assertThat(spanish.language).isEqualTo("es");
        assertThat(german.microCommunity).isEqualTo("#inkscape");
        assertThat(german.community).isEqualTo("loma.ml");
    }

    @Test
    void tagThatIsNotInTheTextFallsBackToTheFirstListed() throws Exception {
        ObjectNode status = Fixtures.json("mastodon/status-hashtags-es.json");
        status.put("content", "<p>Confirman 16 nuevos casos</p>");

        assertThat(adapter.parse(Fixtures.bytes(status)).microCommunity).isEqualTo("#tocopilla");
    }

    @Test
    void htmlContentBecomesPlainTextWithParagraphsAndFullLinks() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("mastodon/status-hashtags-de.json"));

        assertThat(post.text).isEqualTo("Inkscape 1.0 nimmt Formen an\n\n"
                + "Die Entwickler des populären Vektorgrafik-Editors Inkscape haben einen Veröffentlichungskandidaten"
                + " für Inkscape 1.0 freigegeben und rufen zum Test der neuen Version auf.\n"
                + "#Inkscape #Inkscape10 #Vektorgrafik #Vektorgrafik-Editors #Grafikbearbeitung #Grafikprogramm\n"
                + "https://www.pro-linux.de/news/1/27945/inkscape-10-nimmt-formen-an.html"
                + " https://loma.ml/display/373ebf56-155e-9890-0e13-0bd795210214");
    }

    @Test
    void contentWarningComesBeforeTheContent() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("mastodon/status-content-warning.json"));

        assertThat(post.text).isEqualTo("Karen meme explained\n\n"
                + "Of course the meme had to be in the knowyourmeme site.\n\n"
                + "As usual, these guys do their homework perfectly :blobthumbsup: - it even includes a Twitter pic"
                + " of an antivaxxer woman bearing the characteristic hairdo.\n\n"
                + "https://knowyourmeme.com/memes/karen");
    }

    @Test
    void replyPointsAtTheStatusOnTheRepliedToAuthorsInstance() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("mastodon/status-reply.json"));

        assertThat(post.id).isEqualTo("mastodon:mastodon.social:112233445566778899");
        assertThat(post.parentId).isEqualTo("mastodon:fosstodon.org:112233440000000001");
        assertThat(post.text).isEqualTo("@grace Same here & the 7:40 never showed up either. Third time this week >:(");
        assertThat(post.likes).isEqualTo(4);
        assertThat(post.replies).isEqualTo(1);
    }

    @Test
    void replyToOneselfStaysOnTheSameInstance() throws Exception {
        ObjectNode status = Fixtures.json("mastodon/status-reply.json");
        status.put("in_reply_to_account_id", "109000000000000042");

        Post post = adapter.parse(Fixtures.bytes(status));

        assertThat(post.parentId).isEqualTo("mastodon:mastodon.social:112233440000000001");
    }

    @Test
    void boostIsReadAsTheBoostedStatus() throws Exception {
        Post post = adapter.parse(Fixtures.bytes("mastodon/status-reblog.json"));

        assertThat(post.id).isEqualTo("mastodon:hachyderm.io:112233441111111111");
        assertThat(post.community).isEqualTo("hachyderm.io");
        assertThat(post.microCommunity).isEqualTo("#transit");
        assertThat(post.author).isEqualTo("transitwatch@hachyderm.io");
        assertThat(post.text).isEqualTo("Signal failure between Central and Harbour: expect delays of 20+ minutes on"
                + " the Blue line. Shuttle buses are running. #Transit #BlueLine");
        assertThat(post.createdAt).isEqualTo(Instant.parse("2024-04-09T06:58:13Z").toEpochMilli());
        assertThat(post.likes).isEqualTo(12);
        assertThat(post.replies).isEqualTo(3);
        assertThat(post.shares).isEqualTo(5);
        assertThat(post.url).isEqualTo("https://hachyderm.io/@transitwatch/112233438765432100");
    }

    @Test
    void streamingUpdateEventCarriesTheStatus() throws Exception {
        byte[] status = Fixtures.bytes("mastodon/status-local-en.json");
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.putArray("stream").add("public");
        event.put("event", "update");
        event.put("payload", new String(status, StandardCharsets.UTF_8));

        assertThat(adapter.parse(Fixtures.bytes(event))).isEqualTo(adapter.parse(status));
    }

    @Test
    void streamingEventsOtherThanUpdatesAreRejectedByName() {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("event", "delete");
        event.put("payload", "104009345963987537");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(event)))
                .isInstanceOf(MalformedPostException.class)
                .hasMessage("unsupported Mastodon streaming event: delete");
    }

    @Test
    void brokenStatusInsideAStreamingEventIsReportedUnderPayload() {
        ObjectNode status = Fixtures.json("mastodon/status-local-en.json");
        status.remove("created_at");
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("event", "update");
        event.put("payload", status.toString());

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(event)))
                .hasMessage("missing required field: payload.created_at");
    }

    @Test
    void missingContentIsRejected() {
        ObjectNode status = Fixtures.json("mastodon/status-local-en.json");
        status.remove("content");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(status)))
                .isInstanceOf(MalformedPostException.class)
                .hasMessage("missing required field: content");
    }

    @Test
    void mediaOnlyStatusHasNoTextToJudge() {
        ObjectNode status = Fixtures.json("mastodon/status-local-en.json");
        status.put("content", "<p></p>");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(status)))
                .hasMessage("blank required field: text");
    }

    @Test
    void brokenBoostedStatusIsReportedUnderReblog() {
        ObjectNode status = Fixtures.json("mastodon/status-reblog.json");
        ((ObjectNode) status.get("reblog")).put("favourites_count", "twelve");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(status)))
                .hasMessage("wrong type for field reblog.favourites_count: expected integer, got string");
    }

    @Test
    void wrongTypeOfCreatedAtIsRejected() {
        ObjectNode status = Fixtures.json("mastodon/status-local-en.json");
        status.put("created_at", 1587056670664L);

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(status)))
                .hasMessage("wrong type for field created_at: expected string, got number 1587056670664");
    }

    @Test
    void unparseableCreatedAtIsRejected() {
        ObjectNode status = Fixtures.json("mastodon/status-local-en.json");
        status.put("created_at", "16/04/2020 17:04");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(status)))
                .hasMessage("invalid timestamp in created_at: '16/04/2020 17:04' is not ISO-8601 with an offset,"
                        + " e.g. 2024-05-01T12:00:00Z");
    }

    @Test
    void uriWithoutHostIsRejected() {
        ObjectNode status = Fixtures.json("mastodon/status-local-en.json");
        status.put("uri", "tag:mastodon.social,2020:objectId=1");

        assertThatThrownBy(() -> adapter.parse(Fixtures.bytes(status)))
                .hasMessage("invalid URL in uri: 'tag:mastodon.social,2020:objectId=1' has no host");
    }
}
