package io.undercurrent.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.undercurrent.nlp.SentimentLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFormatTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsAirlineCsvWithQuotedCommasQuotesAndLineBreaks() throws IOException {
        Path file = write("a.csv", "tweet_id,airline_sentiment,text,tweet_coord\n"
                + "1,negative,\"late, again\",\n"
                + "2,positive,\"she said \"\"thanks\"\"\nsee you\",[0.0]\r\n"
                + "3,neutral,gate change,\n");
        Dataset data = DatasetFormat.AIRLINE_CSV.read(file);
        assertThat(data.binary()).isFalse();
        assertThat(data.posts()).extracting(LabelledPost::text)
                .containsExactly("late, again", "she said \"thanks\"\nsee you", "gate change");
        assertThat(data.posts()).extracting(LabelledPost::label).containsExactly(SentimentLabel.NEGATIVE,
                SentimentLabel.POSITIVE, SentimentLabel.NEUTRAL);
    }

    @Test
    void readsBinaryAndFineGrainedSst() throws IOException {
        Dataset binary = DatasetFormat.SST.read(write("b.txt", "0 dull .\n1 a joy .\n"));
        assertThat(binary.binary()).isTrue();
        assertThat(binary.posts()).extracting(LabelledPost::label)
                .containsExactly(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE);

        Dataset fine = DatasetFormat.SST.read(write("f.txt", "0 awful\n2 a film\n4 superb\n"));
        assertThat(fine.binary()).isFalse();
        assertThat(fine.posts()).extracting(LabelledPost::goldScore).containsExactly(-1.0, 0.0, 1.0);
    }

    @Test
    void readsTsvWithHeaderAndOptionalGoldScore() throws IOException {
        Dataset data = DatasetFormat.TSV.read(write("t.tsv", "label\ttext\npositive\tyay\t0.8\n-1\tugh\n"));
        assertThat(data.posts()).hasSize(2);
        assertThat(data.binary()).isTrue(); // no neutral labels: judged on the sign of the score
        assertThat(data.posts().get(0).goldScore()).isEqualTo(0.8);
        assertThat(data.posts().get(1).hasGoldScore()).isFalse();
        assertThat(data.posts().get(1).label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void badRowsFailWithTheFileAndLine() throws IOException {
        Path file = write("bad.tsv", "positive\tok\nmaybe\thmm\n");
        assertThatThrownBy(() -> DatasetFormat.TSV.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 2").hasMessageContaining("unknown label 'maybe'");
        Path noText = write("bad.csv", "tweet_id,airline_sentiment\n1,negative\n");
        assertThatThrownBy(() -> DatasetFormat.AIRLINE_CSV.read(noText)).hasMessageContaining("no column 'text'");
    }
}
