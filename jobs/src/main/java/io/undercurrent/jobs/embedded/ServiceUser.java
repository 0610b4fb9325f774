package io.undercurrent.jobs.embedded;

import com.sun.security.auth.module.UnixSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The user an embedded server runs as. Normally the current user; when that is root (servers like
 * Elasticsearch refuse to run as root), an unprivileged system user that is created once and reused.
 */
final class ServiceUser {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceUser.class);
    /** useradd's exit code for "user already exists": another JVM created it first. */
    private static final int USERADD_NAME_IN_USE = 9;

    /** Null when the server runs as the current user. */
    private final String name;

    private ServiceUser(String name) {
        this.name = name;
    }

    /** The current user, or when running as root the system user {@code systemUserName} (created if missing). */
    static ServiceUser forServer(String systemUserName, Path home) {
        if (!runningAsRoot()) {
            return new ServiceUser(null);
        }
        if (!exists(systemUserName)) {
            create(systemUserName, home);
        }
        return new ServiceUser(systemUserName);
    }

    static boolean runningAsRoot() {
        return new UnixSystem().getUid() == 0;
    }

    boolean isSeparate() {
        return name != null;
    }

    String name() {
        return isSeparate() ? name : System.getProperty("user.name");
    }

    /** The command that runs {@code command} as this user; setpriv execs, so the process is the server itself. */
    List<String> command(List<String> command) {
        if (!isSeparate()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(
                "setpriv", "--reuid=" + name, "--regid=" + name, "--init-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives {@code dir} and everything in it to this user. */
    void own(Path dir) throws IOException {
        if (!isSeparate()) {
            return;
        }
        UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(name);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(name);
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
                view.setOwner(user);
                view.setGroup(group);
            }
        }
    }

    /**
     * Fails clearly when this user cannot reach {@code path}: every directory above it must be searchable by
     * others (e.g. nothing under root's 700 home directory).
     */
    void requireCanReach(Path path, String what) throws IOException {
        if (!isSeparate()) {
            return;
        }
        for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("Elasticsearch runs as user '" + name + "', which cannot reach the "
                        + what + " " + path + " because " + dir + " is closed to other users; use a location "
                        + "outside it");
            }
        }
    }

    private static boolean exists(String user) {
        return run(List.of("id", "-u", user)) == 0;
    }

    private static void create(String user, Path home) {
        // Not every root PATH has /usr/sbin.
        String useradd = Files.isExecutable(Path.of("/usr/sbin/useradd")) ? "/usr/sbin/useradd" : "useradd";
        int exit = run(List.of(useradd, "--system", "--user-group", "--no-create-home",
                "--home-dir", home.toString(), "--shell", "/usr/sbin/nologin", user));
        if (exit != 0 && exit != USERADD_NAME_IN_USE) {
            throw new IllegalStateException("useradd could not create system user '" + user + "' (exit " + exit
                    + "); Elasticsearch cannot run as root");
        }
        LOG.info("Created system user '{}' to run embedded servers that refuse root", user);
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0) {
                LOG.debug("{} exited {}: {}", command, process.exitValue(),
                        new String(output, StandardCharsets.UTF_8).trim());
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }
}
