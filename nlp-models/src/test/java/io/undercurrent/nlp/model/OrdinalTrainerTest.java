package io.undercurrent.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.undercurrent.nlp.SentimentEngine;
import io.undercurrent.nlp.SentimentLabel;
import io.undercurrent.nlp.eval.Dataset;
import io.undercurrent.nlp.eval.DatasetFormat;
import io.undercurrent.nlp.eval.Evaluation;
import io.undercurrent.nlp.eval.LabelledPost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrdinalTrainerTest {

    private static Dataset sample(String name) throws Exception {
        return DatasetFormat.TSV.read(Path.of(OrdinalTrainerTest.class.getResource("/sentiment/" + name).toURI()));
    }

    private static double macroF1(SentimentEngine engine, Dataset data) {
        Evaluation evaluation = new Evaluation(false);
        for (LabelledPost post : data.posts()) {
            evaluation.add(post, engine.analyze(post.text()));
        }
        return evaluation.macroF1();
    }

    @Test
    void learnsACommunitysLingoAndGeneralisesToNewPosts() throws Exception {
        SentimentEngine start = SentimentEngine.shared();
        OrdinalTrainer.Options options = OrdinalTrainer.Options.defaults();
        List<OrdinalTrainer.Example> examples = new ArrayList<>();
        for (LabelledPost post : sample("lingo-train.tsv").posts()) {
            SentimentEngine.Encoded encoded = start.encodeForTraining(post.text(), options.hashBits());
            examples.add(new OrdinalTrainer.Example(encoded.features().clone(),
                    Arrays.copyOf(encoded.hashes(), encoded.hashCount()), post.label()));
        }
        SentimentModel model = new OrdinalTrainer(options).train("crypto-lingo", start.model(), examples);
        SentimentEngine trained = SentimentEngine.withModel(model);

        Dataset heldOut = sample("lingo-test.tsv");
        double before = macroF1(start, heldOut);
        double after = macroF1(trained, heldOut);
        assertThat(after).as("trained macro-F1 (default had %.2f)", before).isGreaterThanOrEqualTo(0.8);
        assertThat(after - before).isGreaterThan(0.2);
        assertThat(trained.analyze("rekt again, ngmi").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(trained.analyze("lfg, mooning").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void binaryLabelsCloseTheNeutralBand() {
        double[] features = new double[Feature.COUNT];
        List<OrdinalTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            features[Feature.LEXICON_COMPOUND.ordinal()] = i % 2 == 0 ? 0.5 : -0.5;
            examples.add(new OrdinalTrainer.Example(features.clone(), new int[0],
                    i % 2 == 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE));
        }
        SentimentModel model = new OrdinalTrainer(OrdinalTrainer.Options.defaults())
                .train("binary", SentimentModel.defaultModel(), examples);
        assertThat(model.cuts()[2] - model.cuts()[1]).isLessThan(1.0);
        assertThat(model.weights()[Feature.LEXICON_COMPOUND.ordinal()]).isGreaterThan(2);
    }

    @Test
    void gradientMatchesFiniteDifferencesOfTheLikelihood() {
        double eta = 0.3;
        double lower = -1.2;
        double upper = 0.9;
        double step = 1e-6;
        for (SentimentLabel label : List.of(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL,
                SentimentLabel.POSITIVE)) {
            var g = OrdinalTrainer.gradient(label, eta, lower, upper);
            assertThat(g.eta()).isCloseTo((loss(label, eta + step, lower, upper)
                    - loss(label, eta - step, lower, upper)) / (2 * step), within(1e-5));
            assertThat(g.negativeCut()).isCloseTo((loss(label, eta, lower + step, upper)
                    - loss(label, eta, lower - step, upper)) / (2 * step), within(1e-5));
            assertThat(g.positiveCut()).isCloseTo((loss(label, eta, lower, upper + step)
                    - loss(label, eta, lower, upper - step)) / (2 * step), within(1e-5));
        }
    }

    private static double loss(SentimentLabel label, double eta, double lower, double upper) {
        double a = OrdinalScale.sigmoid(lower - eta);
        double b = OrdinalScale.sigmoid(upper - eta);
        return -Math.log(switch (label) {
            case NEGATIVE -> a;
            case NEUTRAL -> b - a;
            default -> 1 - b;
        });
    }
}
