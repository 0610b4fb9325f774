package io.undercurrent.jobs.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Elasticsearch distribution zip, unpacked once into a cache directory and reused by every later start.
 * The unpacked tree is read-only for the node: each node gets its own config, data and log directories.
 */
final class ElasticsearchDistribution {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchDistribution.class);

    private ElasticsearchDistribution() {}

    /** Returns the Elasticsearch home directory inside {@code cacheDir}, unpacking {@code zip} if needed. */
    static Path install(Path zip, Path cacheDir) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Elasticsearch distribution not found at " + zip
                    + "; the build puts it there (./mvnw -pl jobs -am package)");
        }
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            String topLevel = topLevelDirectory(archive);
            Path home = cacheDir.resolve(topLevel);
            if (Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
                return home;
            }
            LOG.info("Unpacking {} into {}", zip, home);
            Files.createDirectories(cacheDir);
            // Unpacked beside the target and renamed into place, so a half-written tree is never mistaken for a
            // complete one and concurrent JVMs do not trip over each other.
            Path staging = Files.createTempDirectory(cacheDir, "." + topLevel + ".");
            try {
                unpack(archive, staging);
                Files.move(staging.resolve(topLevel), home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                if (!Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
                    throw e;
                }
            } finally {
                Directories.deleteRecursively(staging);
            }
            return home;
        }
    }

    private static String topLevelDirectory(ZipFile archive) {
        String first = archive.entries().nextElement().getName();
        int slash = first.indexOf('/');
        if (slash <= 0) {
            throw new IllegalStateException(archive.getName() + " is not an Elasticsearch distribution");
        }
        return first.substring(0, slash);
    }

    private static void unpack(ZipFile archive, Path target) throws IOException {
        Enumeration<? extends ZipEntry> entries = archive.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            Path path = target.resolve(entry.getName()).normalize();
            if (!path.startsWith(target)) {
                throw new IOException("Zip entry escapes the target directory: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(path);
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                continue;
            }
            Files.createDirectories(path.getParent());
            try (InputStream in = archive.getInputStream(entry)) {
                Files.copy(in, path);
            }
            // java.util.zip does not expose the stored modes; only the launcher scripts need to be executable.
            boolean executable = path.getParent().getFileName().toString().equals("bin")
                    && !path.getFileName().toString().endsWith(".bat")
                    && !path.getFileName().toString().endsWith(".exe");
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }
}
