package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when something first happened to an object (container started, condition changed), so that the
 * timestamps written into status stay the same from one reconcile pass to the next.
 */
final class Stamps {

    private final Map<String, String> first = new ConcurrentHashMap<>();

    /** The wall-clock time {@code what} first happened to object {@code uid}, RFC 3339. */
    String at(String uid, String what) {
        return first.computeIfAbsent(uid + "|" + what, k -> EventRecorder.now());
    }

    /** Forgets objects that are gone. */
    void retain(java.util.Set<String> liveUids) {
        first.keySet().removeIf(k -> !liveUids.contains(k.substring(0, k.indexOf('|'))));
    }

    /** A stable hex string derived from {@code seed} (container ids, image digests). */
    static String hex(String seed, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
