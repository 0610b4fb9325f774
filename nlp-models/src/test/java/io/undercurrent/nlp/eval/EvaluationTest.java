package io.undercurrent.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.undercurrent.nlp.Sentiment;
import io.undercurrent.nlp.SentimentLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static Sentiment verdict(SentimentLabel label, double score, double confidence) {
        return new Sentiment(score, label, new double[] {0, 0, 1, 0, 0}, confidence, "test", "en", List.of());
    }

    private static LabelledPost gold(SentimentLabel label, double score) {
        return new LabelledPost("x", label, score);
    }

    @Test
    void threeClassMetricsMatchAHandComputedExample() {
        Evaluation evaluation = new Evaluation(false);
        // gold negative x3: predicted negative, negative, neutral; gold neutral x1: positive; gold positive x2: both
        evaluation.add(gold(SentimentLabel.NEGATIVE, -1), verdict(SentimentLabel.NEGATIVE, -0.8, 0.9));
        evaluation.add(gold(SentimentLabel.NEGATIVE, -1), verdict(SentimentLabel.NEGATIVE, -0.6, 0.9));
        evaluation.add(gold(SentimentLabel.NEGATIVE, -0.5), verdict(SentimentLabel.NEUTRAL, 0, 0.6));
        evaluation.add(gold(SentimentLabel.NEUTRAL, 0), verdict(SentimentLabel.POSITIVE, 0.4, 0.6));
        evaluation.add(gold(SentimentLabel.POSITIVE, 1), verdict(SentimentLabel.POSITIVE, 0.9, 0.9));
        evaluation.add(gold(SentimentLabel.POSITIVE, 0.5), verdict(SentimentLabel.POSITIVE, 0.5, 0.9));

        assertThat(evaluation.accuracy()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(evaluation.f1(SentimentLabel.NEGATIVE)).isCloseTo(0.8, within(1e-12)); // p=1, r=2/3
        assertThat(evaluation.f1(SentimentLabel.NEUTRAL)).isZero();
        assertThat(evaluation.f1(SentimentLabel.POSITIVE)).isCloseTo(0.8, within(1e-12)); // p=2/3, r=1
        assertThat(evaluation.macroF1()).isCloseTo(1.6 / 3, within(1e-12));
        assertThat(evaluation.confusion(SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE)).isEqualTo(1);
        assertThat(evaluation.pearson()).isGreaterThan(0.9);
        // confidences 0.9 (4 posts, all right) and 0.6 (2 posts, none right)
        assertThat(evaluation.calibrationError()).isCloseTo((Math.abs(3.6 - 4) + Math.abs(1.2 - 0)) / 6, within(1e-9));
        assertThat(evaluation.report("sys")).contains("macroF1=0.5333").contains("gold\\pred");
    }

    @Test
    void binaryDataJudgesTheSignOfTheScore() {
        Evaluation evaluation = new Evaluation(true);
        evaluation.add(gold(SentimentLabel.POSITIVE, Double.NaN), verdict(SentimentLabel.NEUTRAL, 0.1, 0.5));
        evaluation.add(gold(SentimentLabel.NEGATIVE, Double.NaN), verdict(SentimentLabel.NEUTRAL, -0.1, 0.5));
        evaluation.add(gold(SentimentLabel.NEGATIVE, Double.NaN), verdict(SentimentLabel.NEGATIVE, 0.0, 0.5));
        assertThat(evaluation.accuracy()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(evaluation.pearson()).isNaN();
        assertThat(evaluation.calibrationError()).isNaN();
    }

    @Test
    void unsupportedVerdictsCountAsNeutralAndAreReported() {
        Evaluation evaluation = new Evaluation(false);
        evaluation.add(gold(SentimentLabel.NEUTRAL, Double.NaN), new Sentiment(0, SentimentLabel.UNSUPPORTED,
                new double[] {0, 0, 1, 0, 0}, 0, "test", "es", List.of()));
        assertThat(evaluation.accuracy()).isEqualTo(1.0);
        assertThat(evaluation.unsupported()).isEqualTo(1);
    }
}
