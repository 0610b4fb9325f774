package io.undercurrent.jobs.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.ScoredPost;
import io.undercurrent.nlp.SentimentEngine;
import org.junit.jupiter.api.Test;

/** Topics from the engine's real terms for real-looking posts. */
class TopicExtractorTest {

    @Test
    void hashtagsMentionsKeyPhrasesAndContentWords() {
        assertThat(topics("@NovaPay_Team the instant transfer feature failed again and my card activation "
                + "is stuck #NovaPay"))
                .containsExactly("@novapay_team", "#novapay", "instant transfer", "transfer feature",
                        "card activation", "instant", "transfer", "feature", "failed", "card", "activation", "stuck");
    }

    @Test
    void phrasesNeedAdjacentWordsWithoutSentimentOrFiller() {
        String[] topics = topics("Broken saves, the inventory screen crashed. Great soundtrack though!");

        assertThat(topics).contains("inventory screen", "saves", "soundtrack", "broken", "crashed");
        assertThat(topics).doesNotContain("broken saves", "saves inventory", "great soundtrack", "great");
    }

    @Test
    void eachTopicOnceAndNoFiller() {
        assertThat(topics("Thanks!! I really love the new map, the new map is pretty good"))
                .containsExactly("new map", "new", "map");
    }

    @Test
    void possessivesAndNumbersAreNormalised() {
        assertThat(topics("NovaPay's app update 2024 broke logins"))
                .contains("novapay", "app update", "app", "update", "logins")
                .doesNotContain("2024", "novapay's");
    }

    @Test
    void removedAndDeletedRedditPostsHaveNoTopics() {
        assertThat(extract("reddit", "[removed]")).isEmpty();
        assertThat(extract("reddit", "Card declined twice\n\n[deleted]")).isEmpty();
        assertThat(extract("mastodon", "[removed] by the mods, the lake trail")).contains("lake trail");
    }

    @Test
    void manyTopicsAreCappedPerPost() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("#tag").append(i).append(' ');
        }
        assertThat(topics(text.toString())).hasSize(TopicExtractor.MAX_TOPICS);
    }

    private static String[] topics(String text) {
        return extract("discourse", text);
    }

    private static String[] extract(String platform, String text) {
        Post post = new Post();
        post.platform = platform;
        post.text = text;
        ScoredPost scored = ScoredPost.of(post, SentimentEngine.shared().analyze(text));
        return new ExtractTopicsFunction().map(scored).topics;
    }
}
