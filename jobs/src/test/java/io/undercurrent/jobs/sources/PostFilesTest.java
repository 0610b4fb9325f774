package io.undercurrent.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.jobs.records.RawRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.local.LocalDataInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostFilesTest {
    private static final String CONTENT = "{\"a\":1}\r\n\n   \n{\"b\":\"ü\"}\n{\"c\":3}";

    @TempDir
    Path dir;

    @Test
    void everyNonBlankLineIsARecordWithItsLineNumberAndExactBytes() throws IOException {
        Path file = Files.writeString(dir.resolve("posts.jsonl"), CONTENT);
        List<RawRecord> records = new ArrayList<>();
        StreamFormat.Reader<RawRecord> reader = new PostFiles.LineRecords("file:posts.jsonl")
                .createReader(new Configuration(), new LocalDataInputStream(file.toFile()));
        for (RawRecord record = reader.read(); record != null; record = reader.read()) {
            records.add(record);
        }
        reader.close();

        assertThat(records).extracting(r -> r.offset).containsExactly(1L, 4L, 5L);
        assertThat(records).extracting(r -> r.topic).containsOnly("file:posts.jsonl");
        assertThat(new String(records.get(0).payload, StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(new String(records.get(1).payload, StandardCharsets.UTF_8)).isEqualTo("{\"b\":\"ü\"}");
        assertThat(PostFiles.countLines(file)).isEqualTo(3);
    }

    @Test
    void compressedFilesAreCountedDecompressed() throws IOException {
        Path file = dir.resolve("posts.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(CONTENT.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(PostFiles.countLines(file)).isEqualTo(3);
    }
}
