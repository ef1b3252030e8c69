package io.jenkins.plugins.skylark.harness.postgres;

import io.jenkins.plugins.skylark.harness.MissingTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of its own for one test class: {@code initdb} in a temporary directory, started
 * with {@code pg_ctl} on a free loopback port with trust authentication, one database created, and
 * stopped and deleted by {@link #close()}.
 *
 * <p>PostgreSQL refuses to run as root, so when the tests run as root (as CI does) every server command
 * runs as the {@code postgres} system user through {@code runuser}, and the directory is handed to
 * that user. Without the Debian {@code postgresql} package, {@link #startOrSkip()} fails when the
 * environment variable {@code CI} is {@code true} and skips the calling tests (printing why) otherwise.
 */
public final class PostgresCluster implements AutoCloseable {

    private static final Path INSTALL_ROOT = Path.of("/usr/lib/postgresql");
    private static final String SUPERUSER = "skylark";
    private static final String DATABASE = "skylark";
    private static final long COMMAND_TIMEOUT_SECONDS = 120;

    private final Path binDir;
    private final Path home;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresCluster(Path binDir, Path home, int port, boolean asPostgresUser) {
        this.binDir = binDir;
        this.home = home;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Starts a cluster, or skips (outside CI) / fails (CI) the calling test when PostgreSQL is not installed. */
    public static PostgresCluster startOrSkip() {
        Optional<Path> binDir = findBinDir();
        if (binDir.isEmpty()) {
            MissingTool.skipOrFail("PostgreSQL is not installed (no " + INSTALL_ROOT + "/*/bin/initdb); "
                    + "install the Debian package 'postgresql' (.ci/run does)");
        }
        return start(binDir.get());
    }

    /** Starts a cluster with the binaries in {@code binDir} (the directory holding {@code initdb}). */
    public static PostgresCluster start(Path binDir) {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path home = Files.createTempDirectory("skylark-postgres-");
            PostgresCluster cluster = new PostgresCluster(binDir, home, freePort(), root);
            cluster.initAndStart();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        }
    }

    /** JDBC URL of the test database (user {@link #user()}, no password: trust authentication). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String user() {
        return SUPERUSER;
    }

    public int port() {
        return port;
    }

    /** Creates another empty database on this server and returns its JDBC URL. */
    public String createDatabase(String name) {
        run(List.of(bin("createdb"), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", SUPERUSER, name));
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    @Override
    public void close() {
        try {
            run(List.of(bin("pg_ctl"), "-D", dataDir(), "-m", "immediate", "-w", "stop"));
        } finally {
            deleteRecursively(home);
        }
    }

    private void initAndStart() throws IOException {
        if (asPostgresUser) {
            run(List.of("chown", "postgres:postgres", home.toString()));
        }
        run(List.of(bin("initdb"), "-D", dataDir(), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                "--no-locale", "--no-sync"));
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -k " + home
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        run(List.of(bin("pg_ctl"), "-D", dataDir(), "-l", home.resolve("server.log").toString(), "-o", options,
                "-w", "-t", "60", "start"));
        createDatabase(DATABASE);
    }

    private String dataDir() {
        return home.resolve("data").toString();
    }

    private String bin(String name) {
        return binDir.resolve(name).toString();
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser && !command.get(0).equals("chown")) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).directory(home.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("PostgreSQL command failed: " + String.join(" ", full) + "\n"
                        + new String(output, StandardCharsets.UTF_8) + serverLog());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + full.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", full), e);
        }
    }

    private String serverLog() {
        Path log = home.resolve("server.log");
        try {
            return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    static Optional<Path> findBinDir() {
        if (!Files.isDirectory(INSTALL_ROOT)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALL_ROOT)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(PostgresCluster::majorVersion));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + INSTALL_ROOT, e);
        }
    }

    private static int majorVersion(Path binDir) {
        try {
            return Integer.parseInt(binDir.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
