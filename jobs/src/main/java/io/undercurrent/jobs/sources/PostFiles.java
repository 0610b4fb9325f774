package io.undercurrent.jobs.sources;

import io.undercurrent.jobs.records.RawRecord;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.flink.api.common.io.compression.InflaterInputStreamFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.compression.StandardDeCompressors;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Posts from a file instead of Kafka: one payload per line (JSON Lines in any {@link PostFormat}; a {@code .gz},
 * {@code .bz2}, {@code .xz} or {@code .deflate} file is decompressed), as raw records of a topic named by the
 * caller, with the 1-based line number as the offset, so a dead letter says which line it was. Blank lines are
 * skipped. A bounded source: the job ends when the file does.
 */
public final class PostFiles {

    private PostFiles() {}

    /** How many records {@link #lines} reads from the file: its non-blank lines, decompressed as the source does. */
    public static long countLines(Path file) throws IOException {
        InflaterInputStreamFactory<?> decompressor =
                StandardDeCompressors.getDecompressorForFileName(file.getFileName().toString());
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = new BufferedInputStream(decompressor == null ? raw : decompressor.create(raw),
                        LineRecords.BUFFER)) {
            long lines = 0;
            boolean content = false;
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    lines += content ? 1 : 0;
                    content = false;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    content = true;
                }
            }
            return lines + (content ? 1 : 0);
        }
    }

    public static FileSource<RawRecord> lines(Path file, String topic) {
        return FileSource.forRecordStreamFormat(new LineRecords(topic),
                new org.apache.flink.core.fs.Path(file.toAbsolutePath().toUri())).build();
    }

    /** Reads a file line by line into raw records; lines are kept as bytes, exactly as a Kafka record would be. */
    static final class LineRecords extends SimpleStreamFormat<RawRecord> {
        private static final long serialVersionUID = 1L;
        private static final int BUFFER = 64 * 1024;

        private final String topic;

        LineRecords(String topic) {
            this.topic = topic;
        }

        @Override
        public StreamFormat.Reader<RawRecord> createReader(Configuration config, FSDataInputStream stream) {
            InputStream in = new BufferedInputStream(stream, BUFFER);
            return new StreamFormat.Reader<>() {
                private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
                private long lineNumber;

                @Override
                public RawRecord read() throws IOException {
                    while (true) {
                        line.reset();
                        int b;
                        while ((b = in.read()) != -1 && b != '\n') {
                            line.write(b);
                        }
                        if (b == -1 && line.size() == 0) {
                            return null;
                        }
                        lineNumber++;
                        byte[] bytes = trimCarriageReturn(line.toByteArray());
                        if (!isBlank(bytes)) {
                            return new RawRecord(topic, 0, lineNumber, 0L, bytes);
                        }
                    }
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        }

        @Override
        public TypeInformation<RawRecord> getProducedType() {
            return TypeInformation.of(RawRecord.class);
        }

        private static byte[] trimCarriageReturn(byte[] bytes) {
            return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
        }

        private static boolean isBlank(byte[] bytes) {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }
}
