package io.undercurrent.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.undercurrent.nlp.model.ModelFile;
import io.undercurrent.nlp.model.SentimentModel;
import java.nio.file.Path;
import java.util.Arrays;
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
