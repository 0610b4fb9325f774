package io.undercurrent.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @Test
    void roundTripsWeightsCutsAndNgrams(@TempDir Path dir) throws IOException {
        double[] weights = new double[Feature.COUNT];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = j - 2.5;
        }
        float[] ngrams = new float[1 << 10];
        ngrams[3] = 0.25f;
        ngrams[1000] = -1.5f;
        SentimentModel model = new SentimentModel("round-trip", weights, SentimentModel.cuts(-1, 2), 10, ngrams);
        Path file = dir.resolve("m.model");
        ModelFile.write(model, file);

        SentimentModel read = ModelFile.read(file);
        assertThat(read.name()).isEqualTo("round-trip");
        assertThat(read.weights()).containsExactly(weights);
        assertThat(read.cuts()).containsExactly(model.cuts());
        assertThat(read.hashBits()).isEqualTo(10);
        assertThat(read.ngramWeights()).containsExactly(ngrams);
    }

    @Test
    void rejectsFilesThatAreNotModels(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "not a model");
        assertThatThrownBy(() -> ModelFile.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a readable undercurrent sentiment model");
    }

    @Test
    void modelRejectsCutsOutOfOrder() {
        assertThatThrownBy(() -> new SentimentModel("bad", new double[Feature.COUNT], new double[] {0, 1, -1, 2}, 0,
                new float[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
