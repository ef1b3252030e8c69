package io.jenkins.plugins.skylark.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Webhook payloads that arrived, one file per (source, key), so that a step waiting for one finds it even
 * when it arrived before the step looked, or while the controller restarted. A payload is stored as
 * received: the inbox never interprets it. The file name is a hash of source and key, so a key chosen by
 * the sender can never name a path. Writes go to a temporary file moved into place, so a reader sees the
 * whole payload or none; a later delivery for the same key replaces the earlier one.
 */
public final class WebhookInbox {
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final String SUFFIX = ".json";

    private final Path directory;

    public WebhookInbox(Path directory) {
        this.directory = directory;
    }

    /** Stores {@code json} for {@code source}/{@code key}, replacing what was stored for them. */
    public void deliver(String source, String key, String json) throws IOException {
        Files.createDirectories(directory);
        Path target = file(source, key);
        Path temporary = Files.createTempFile(directory, "incoming-", ".tmp");
        try {
            Files.writeString(temporary, json, StandardCharsets.UTF_8);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The payload stored for {@code source}/{@code key}, if one arrived. */
    public Optional<String> find(String source, String key) throws IOException {
        try {
            return Optional.of(Files.readString(file(source, key), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Deletes payloads stored before {@code instant} (nobody waits that long); returns how many. */
    public int purgeOlderThan(Instant instant) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .filter(f -> modifiedBefore(f, instant))
                    .filter(WebhookInbox::delete)
                    .count();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Path file(String source, String key) {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("webhook source must be a lower-case name, was '" + source + "'");
        }
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("webhook key must not be blank (source " + source + ")");
        }
        return directory.resolve(sha256(source + '\n' + key) + SUFFIX);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) { // some network file systems: still one rename
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean modifiedBefore(Path file, Instant instant) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(instant);
        } catch (NoSuchFileException e) {
            return false; // replaced or purged meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
