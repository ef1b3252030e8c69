package io.jenkins.plugins.skylark.harness.registry;

import io.jenkins.plugins.skylark.harness.process.LoopbackServers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;

/**
 * A real OCI registry (Debian's {@code docker-registry}, the CNCF distribution) on a free loopback port,
 * with storage in a temporary directory. {@link #close()} stops the process and deletes the storage.
 * Open registries speak plain HTTP; {@link #startWithBasicAuth} adds htpasswd auth, and with it TLS
 * under a fresh self-signed certificate, because credentials must not travel over plain HTTP.
 */
public final class LocalRegistry implements AutoCloseable {

    /** System property that points at another registry binary. */
    public static final String BINARY_PROPERTY = "skylark.docker-registry";
    private static final String DEFAULT_BINARY = "/usr/bin/docker-registry";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final int START_ATTEMPTS = 3;
    private static final Duration POLL = Duration.ofMillis(50);

    private final Path directory;
    private final Process process;
    private final RegistryConfig config;
    private final String authorization;
    private final HttpClient client;

    private LocalRegistry(Path directory, Process process, RegistryConfig config, String authorization) {
        this.directory = directory;
        this.process = process;
        this.config = config;
        this.authorization = authorization;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (config.tls()) {
            builder.sslContext(config.certificate().trustingContext());
        }
        this.client = builder.build();
    }

    /** The registry binary: {@value #DEFAULT_BINARY} unless the system property {@value #BINARY_PROPERTY} says otherwise. */
    public static Path binary() {
        return Path.of(System.getProperty(BINARY_PROPERTY, DEFAULT_BINARY));
    }

    public static boolean isInstalled() {
        return Files.isExecutable(binary());
    }

    /** Starts an open registry over plain HTTP. */
    public static LocalRegistry start() throws IOException {
        Path directory = Files.createTempDirectory("skylark-registry-");
        return launch(directory, port -> RegistryConfig.open(directory.resolve("storage"), port), null);
    }

    /** Starts a registry over TLS (self-signed, see {@link #sslContext()}) that requires this user and password. */
    public static LocalRegistry startWithBasicAuth(String user, String password) throws IOException {
        Path directory = Files.createTempDirectory("skylark-registry-");
        Path htpasswd = Files.writeString(directory.resolve("htpasswd"), Htpasswd.line(user, password));
        SelfSignedCertificate certificate = SelfSignedCertificate.createIn(directory);
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return launch(directory,
                port -> RegistryConfig.withBasicAuth(directory.resolve("storage"), port, certificate, htpasswd),
                "Basic " + basic);
    }

    /** {@code http://127.0.0.1:PORT} or {@code https://127.0.0.1:PORT}. */
    public String url() {
        return (config.tls() ? "https://" : "http://") + hostPort();
    }

    /** {@code 127.0.0.1:PORT}, the registry part of an image reference. */
    public String hostPort() {
        return "127.0.0.1:" + config.port();
    }

    public int port() {
        return config.port();
    }

    public boolean tls() {
        return config.tls();
    }

    /** A TLS context trusting this registry's certificate (only meaningful when {@link #tls()}). */
    public SSLContext sslContext() {
        if (!config.tls()) {
            throw new IllegalStateException("registry at " + url() + " does not use TLS");
        }
        return config.certificate().trustingContext();
    }

    /** GET {@code path} (e.g. {@code /v2/app/manifests/1}) with the registry's credentials, if any. */
    public RegistryResponse get(String path, String... accept) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30));
        if (accept.length > 0) {
            request.header("Accept", String.join(", ", accept));
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response = LoopbackServers.send(client, request.build(),
                HttpResponse.BodyHandlers.ofByteArray(), "reading " + path + " from " + url());
        return new RegistryResponse(response.statusCode(), response.headers().map(), response.body());
    }

    /** Where config, log and storage live until {@link #close()}. */
    Path directory() {
        return directory;
    }

    /** The registry's own log, for diagnosing failures. */
    public String log() throws IOException {
        return Files.readString(logFile(directory));
    }

    @Override
    public void close() throws IOException {
        LoopbackServers.stop(process);
        LoopbackServers.deleteRecursively(directory);
    }

    private interface ConfigForPort {
        RegistryConfig forPort(int port);
    }

    private static LocalRegistry launch(Path directory, ConfigForPort configs, String authorization) throws IOException {
        if (!isInstalled()) {
            LoopbackServers.deleteRecursively(directory);
            throw new IOException("docker-registry binary not found at " + binary()
                    + " (install it with: apt-get install -y docker-registry)");
        }
        IOException last = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            RegistryConfig config = configs.forPort(LoopbackServers.freePort());
            try {
                return launchOnce(directory, config, authorization);
            } catch (IOException e) {
                last = e; // most likely the port was taken between probing and binding: try another
            }
        }
        LoopbackServers.deleteRecursively(directory);
        throw last;
    }

    private static LocalRegistry launchOnce(Path directory, RegistryConfig config, String authorization)
            throws IOException {
        Path configFile = Files.writeString(directory.resolve("config.yml"), config.yaml());
        Process process = new ProcessBuilder(binary().toString(), "serve", configFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(logFile(directory).toFile())
                .start();
        LocalRegistry registry = new LocalRegistry(directory, process, config, authorization);
        registry.awaitReady();
        return registry;
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("docker-registry exited with " + process.exitValue() + ": " + log());
            }
            if (answers()) {
                return;
            }
            LoopbackServers.pause(POLL, "docker-registry");
        }
        process.destroyForcibly();
        throw new IOException("docker-registry did not answer on " + url() + " within " + START_TIMEOUT + ": " + log());
    }

    private boolean answers() {
        try {
            int status = get("/v2/").status();
            return status == 200 || status == 401;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private static Path logFile(Path directory) {
        return directory.resolve("registry.log");
    }
}
