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
            out.writeInt(model.hashBits());
            float[] ngrams = model.ngramWeights();
            int nonZero = 0;
            for (float weight : ngrams) {
                nonZero += weight != 0 ? 1 : 0;
            }
            out.writeInt(nonZero);
            for (int i = 0; i < ngrams.length; i++) {
                if (ngrams[i] != 0) {
                    out.writeInt(i);
                    out.writeFloat(ngrams[i]);
                }
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
            double[] weights = SentimentModel.defaultModel().weights().clone(); // features the file predates
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
            int hashBits = in.readInt();
            if (hashBits < 0 || hashBits > 24) {
                throw new IOException(file + ": n-gram hash space of 2^" + hashBits + " is out of range");
            }
            float[] ngrams = new float[hashBits == 0 ? 0 : 1 << hashBits];
            int nonZero = in.readInt();
            for (int i = 0; i < nonZero; i++) {
                int index = in.readInt();
                if (index < 0 || index >= ngrams.length) {
                    throw new IOException(file + ": n-gram index " + index + " is out of range");
                }
                ngrams[index] = in.readFloat();
            }
            return new SentimentModel(name, weights, cuts, hashBits, ngrams);
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
