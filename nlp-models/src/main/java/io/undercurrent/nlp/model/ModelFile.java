package io.undercurrent.nlp.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Reads and writes a {@link SentimentModel} as a small gzipped binary file, checked on load. */
public final class ModelFile {

    private static final int MAGIC = 0x55435331; // "UCS1"
    private static final int VERSION = 1;

    private ModelFile() {
    }

    public static void write(SentimentModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream raw = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(model.name());
            out.writeInt(Feature.COUNT);
            for (Feature feature : Feature.values()) {
                out.writeUTF(feature.name());
                out.writeDouble(model.weights()[feature.ordinal()]);
            }
            for (double cut : model.cuts()) {
                out.writeDouble(cut);
            }
        }
    }

    public static SentimentModel read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new GZIPInputStream(raw))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + " is not an undercurrent sentiment model");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException(file + " has model format " + version + ", this engine reads " + VERSION);
            }
            String name = in.readUTF();
            double[] weights = new double[Feature.COUNT];
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String featureName = in.readUTF();
                double weight = in.readDouble();
                weights[featureOf(featureName, file).ordinal()] = weight;
            }
            double[] cuts = new double[4];
            for (int k = 0; k < 4; k++) {
                cuts[k] = in.readDouble();
            }
            return new SentimentModel(name, weights, cuts);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IOException(file + " is not a readable undercurrent sentiment model: " + e.getMessage(), e);
        }
    }

    private static Feature featureOf(String name, Path file) throws IOException {
        try {
            return Feature.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " uses feature " + name + " which this engine does not know", e);
        }
    }
}
