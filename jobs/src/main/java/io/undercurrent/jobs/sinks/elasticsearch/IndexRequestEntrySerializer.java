package io.undercurrent.jobs.sinks.elasticsearch;

import org.apache.flink.connector.base.sink.writer.AsyncSinkWriterStateSerializer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Checkpoints the sink writer's buffered, not yet indexed documents. */
public final class IndexRequestEntrySerializer extends AsyncSinkWriterStateSerializer<IndexRequestEntry> {

    private static final int VERSION = 1;

    @Override
    protected void serializeRequestToStream(IndexRequestEntry entry, DataOutputStream out) throws IOException {
        writeBytes(entry.index().getBytes(StandardCharsets.UTF_8), out);
        writeBytes(entry.id().getBytes(StandardCharsets.UTF_8), out);
        writeBytes(entry.source(), out);
    }

    @Override
    protected IndexRequestEntry deserializeRequestFromStream(long requestSize, DataInputStream in)
            throws IOException {
        String index = new String(readBytes(in), StandardCharsets.UTF_8);
        String id = new String(readBytes(in), StandardCharsets.UTF_8);
        return new IndexRequestEntry(index, id, readBytes(in));
    }

    // Length-prefixed rather than writeUTF, which fails past 64 KiB: an absurd id must not break checkpoints.
    private static void writeBytes(byte[] bytes, DataOutputStream out) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    @Override
    public int getVersion() {
        return VERSION;
    }
}
