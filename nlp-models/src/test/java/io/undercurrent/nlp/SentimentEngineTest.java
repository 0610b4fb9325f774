package io.undercurrent.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.undercurrent.nlp.model.ModelFile;
import io.undercurrent.nlp.model.SentimentModel;
import io.undercurrent.nlp.eval.Dataset;
import io.undercurrent.nlp.eval.DatasetFormat;
import io.undercurrent.nlp.eval.Evaluation;
import io.undercurrent.nlp.eval.LabelledPost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentEngineTest {

    private final SentimentEngine engine = SentimentEngine.shared();

    @Test
    void sharedEngineIsOneInstancePerJvm() {
        assertThat(SentimentEngine.shared()).isSameAs(engine);
    }

    @Test
    void clearPraiseAndClearComplaintGetOppositeLabels() {
        Sentiment praise = engine.analyze("Thank you so much, the crew was amazing and the flight was great!");
        Sentiment complaint = engine.analyze("Worst airline ever. Rude staff and my bag is lost. Terrible.");
        assertThat(praise.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(complaint.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(praise.score()).isGreaterThan(0.3);
        assertThat(complaint.score()).isLessThan(-0.3);
    }

    @Test
    void factualPostIsNeutral() {
        assertThat(engine.analyze("The flight leaves at 5pm from gate 22").label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void verdictIsAWellFormedDistribution() {
        Sentiment s = engine.analyze("not bad at all :)");
        assertThat(s.classes()).hasSize(5);
        assertThat(Arrays.stream(s.classes()).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(Arrays.stream(s.classes()).allMatch(p -> p >= 0 && p <= 1)).isTrue();
        assertThat(s.confidence()).isBetween(0.0, 1.0);
        assertThat(s.score()).isBetween(-1.0, 1.0);
        assertThat(s.model()).isEqualTo(engine.model().name());
        assertThat(s.language()).isEqualTo("en");
    }

    @Test
    void negationFlipsPolarity() {
        assertThat(engine.analyze("this is good").score()).isGreaterThan(0);
        assertThat(engine.analyze("this is not good").score()).isLessThan(0);
    }

    @Test
    void emojiAndEntityEncodedHeartsCarrySentiment() {
        assertThat(engine.analyze("new phone 😍😍").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(engine.analyze("new phone 😡").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(engine.analyze("my team &lt;3").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void termsKeepHashtagsMentionsAndContentWords() {
        Sentiment s = engine.analyze("@united lost my bag again #fail http://t.co/x");
        assertThat(s.terms()).containsExactly("@united", "lost", "bag", "#fail");
    }

    @Test
    void nonEnglishIsUnsupportedWithItsLanguage() {
        Sentiment spanish = engine.analyze("Hoy es un día muy bueno para todos los que están aquí");
        assertThat(spanish.label()).isEqualTo(SentimentLabel.UNSUPPORTED);
        assertThat(spanish.language()).isEqualTo("es");
        assertThat(engine.analyze("Это был ужасный полёт").language()).isEqualTo("ru");
        assertThat(engine.analyze("thanks!").label()).isNotEqualTo(SentimentLabel.UNSUPPORTED);
    }

    @Test
    void concurrentCallersGetTheSameVerdictsAsOneCaller() throws Exception {
        List<String> texts = DatasetFormat.TSV.read(resource("social.tsv")).posts().stream()
                .map(LabelledPost::text).toList();
        List<Double> sequential = texts.stream().map(t -> engine.analyze(t).score()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Double>>> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                runs.add(pool.submit(() -> texts.stream().map(t -> engine.analyze(t).score()).toList()));
            }
            for (Future<List<Double>> run : runs) {
                assertThat(run.get()).containsExactlyElementsOf(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shippedSamplesAreMostlyRight() throws Exception {
        // hand-written posts shipped with the tests: a broken tokenizer, lexicon or RNTN shows up here
        assertThat(macroF1(DatasetFormat.TSV.read(resource("social.tsv")))).isGreaterThan(0.7);
        assertThat(macroF1(DatasetFormat.TSV.read(resource("prose.tsv")))).isGreaterThan(0.8);
    }

    private double macroF1(Dataset data) {
        Evaluation evaluation = new Evaluation(data.binary());
        for (LabelledPost post : data.posts()) {
            evaluation.add(post, engine.analyze(post.text()));
        }
        return evaluation.macroF1();
    }

    private static Path resource(String name) throws Exception {
        return Path.of(SentimentEngineTest.class.getResource("/sentiment/" + name).toURI());
    }

    @Test
    void hashtagsElongationAndShoutingAreRead() {
        assertThat(engine.analyze("@airline #NeverFlyingAgain").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(engine.analyze("sooooo happy today").score())
                .isGreaterThan(engine.analyze("so happy today").score());
        assertThat(engine.analyze("the app is TERRIBLE lol").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void repostsAreAnsweredAlikeAndVerdictsAreNotShared() {
        String post = "RT this airline lost my bag again 😡 #fail";
        Sentiment first = engine.analyze(post);
        first.classes()[0] = 42; // a caller scribbling on its verdict must not reach the next caller
        Sentiment repost = engine.analyze(post);
        Sentiment fresh = engine.withoutRepeatCache().analyze(post);
        assertThat(repost.classes()[0]).isNotEqualTo(42);
        assertThat(repost.classes()).containsExactly(fresh.classes());
        assertThat(repost.score()).isEqualTo(fresh.score());
        assertThat(repost.label()).isEqualTo(fresh.label());
        assertThat(repost.terms()).isEqualTo(fresh.terms());
    }

    @Test
    void neverFailsOnOddInput() {
        java.util.Random random = new java.util.Random(7);
        List<String> odd = new ArrayList<>(List.of("!!!!!!", "😡😡😡", "&#99999999999; &#xZZ; &amp", "#", "@", "http://",
                ":) :( <3 </3", "\ud83d", "a".repeat(5000), "good ".repeat(2000), "\u0000\u0001\t\r"));
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(200); c > 0; c--) {
                text.appendCodePoint(random.nextInt(4) == 0 ? 0x1F300 + random.nextInt(0x300) : random.nextInt(0x3000));
            }
            odd.add(text.toString());
        }
        for (String text : odd) {
            Sentiment s = engine.analyze(text);
            assertThat(Arrays.stream(s.classes()).sum()).as(text).isCloseTo(1.0, within(1e-9));
            assertThat(s.score()).isBetween(-1.0, 1.0);
        }
    }

    @Test
    void emptyAndNullTextAreNeutral() {
        assertThat(engine.analyze("").label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(engine.analyze(null).label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void engineForAModelFileIsCachedPerPathAndUsesThatModel(@TempDir Path dir) throws Exception {
        SentimentModel defaults = SentimentModel.defaultModel();
        double[] weights = Arrays.stream(defaults.weights()).map(w -> -w).toArray();
        // an inverted model makes praise negative: proof the file's model is used
        Path file = dir.resolve("inverted.model");
        ModelFile.write(new SentimentModel("inverted-test", weights, defaults.cuts(), 0, new float[0]), file);

        SentimentEngine fromFile = SentimentEngine.shared(file);
        assertThat(SentimentEngine.shared(dir.resolve(".").resolve("inverted.model"))).isSameAs(fromFile);
        Sentiment s = fromFile.analyze("I love it, wonderful!");
        assertThat(s.model()).isEqualTo("inverted-test");
        assertThat(s.label()).isEqualTo(SentimentLabel.NEGATIVE);
    }
}
