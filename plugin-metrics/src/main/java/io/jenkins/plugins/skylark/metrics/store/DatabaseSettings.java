package io.jenkins.plugins.skylark.metrics.store;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where the metrics store lives: a JDBC URL ({@code jdbc:h2:} or {@code jdbc:postgresql:}) with an
 * optional user and password. {@link #toString()} never shows the password.
 *
 * @param jdbcUrl  the database; see {@link #embedded(Path)} for the default
 * @param user     database user, or {@code null}
 * @param password database password, or {@code null}
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {

    /** Folder under {@code JENKINS_HOME} holding the embedded database files. */
    public static final String EMBEDDED_FOLDER = "skylark-metrics";

    public DatabaseSettings {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException(StoreMessages.format("settings.jdbcUrl.empty"));
        }
        if (!isH2(jdbcUrl) && !isPostgres(jdbcUrl)) {
            throw new IllegalArgumentException(StoreMessages.format("settings.jdbcUrl.unsupported", redact(jdbcUrl)));
        }
    }

    /**
     * The default: an H2 file database in {@code <jenkinsHome>/skylark-metrics/metrics}. H2 keeps it
     * open until {@link MetricsDatabase#close()} ({@code DB_CLOSE_DELAY=-1}), so connections opened per
     * operation are cheap; a lock wait gives way after 10 s instead of H2's default 1 s, which concurrent
     * builds could reach. {@code WRITE_DELAY=0}: H2 otherwise acknowledges a commit up to 500 ms before
     * it reaches the file, so a killed controller lost events {@code recordDelivery} had reported as
     * recorded (issue 8 §6). With it, H2 writes each commit to the file before the commit returns, so an
     * acknowledged event survives the controller's death ({@code kill -9}, a crash, an OOM kill; see
     * {@code CrashDurabilityTest}). H2 never forces a commit to the disk itself; {@link MetricsDatabase}
     * does, for recorded events, so that an operating-system crash or power loss does not take them either
     * (see {@link #h2DurableFile()}).
     */
    public static DatabaseSettings embedded(Path jenkinsHome) {
        Path file = jenkinsHome.resolve(EMBEDDED_FOLDER).resolve("metrics").toAbsolutePath();
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;WRITE_DELAY=0", null, null);
    }

    boolean h2() {
        return isH2(jdbcUrl);
    }

    /**
     * An H2 database in a file of this machine (not in memory, not behind an H2 server) whose URL asks
     * for {@code WRITE_DELAY=0}, as the embedded default does: commits are to be durable, so the store
     * also forces them to the disk. A URL with H2's default or another write delay has chosen speed.
     */
    boolean h2DurableFile() {
        if (!h2()) {
            return false;
        }
        String[] parts = jdbcUrl.substring("jdbc:h2:".length()).split(";");
        String location = parts[0];
        boolean local = !location.startsWith("mem:") && !location.startsWith("tcp:") && !location.startsWith("ssl:");
        return local && Arrays.stream(parts).skip(1).anyMatch(setting -> setting.trim().equalsIgnoreCase("WRITE_DELAY=0"));
    }

    private static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    private static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    /** Drops URL parameters, which may carry a password, before a URL is shown anywhere. */
    static String redact(String url) {
        int parameters = url.indexOf('?');
        int h2Settings = url.indexOf(';');
        int cut = parameters >= 0 ? parameters : h2Settings;
        return cut >= 0 ? url.substring(0, cut) : url;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + redact(jdbcUrl) + ", user=" + user + "]";
    }
}
