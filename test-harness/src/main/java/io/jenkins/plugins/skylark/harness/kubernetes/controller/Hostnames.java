package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import java.util.List;

/**
 * Hostname intersection between a Gateway listener and an HTTPRoute, as the Gateway API defines it: a missing
 * hostname on either side matches everything; {@code *.example.com} is a suffix match ({@code a.example.com} and
 * {@code b.a.example.com}, never {@code example.com}); two wildcards intersect when one's suffix contains the other's.
 */
final class Hostnames {

    private Hostnames() {
    }

    /** Whether a listener with {@code listener} (null for none) accepts a route with {@code routeHostnames}. */
    static boolean intersect(String listener, List<String> routeHostnames) {
        return listener == null || listener.isEmpty() || routeHostnames.isEmpty()
                || routeHostnames.stream().anyMatch(h -> intersect(listener, h));
    }

    static boolean intersect(String a, String b) {
        boolean wildA = a.startsWith("*.");
        boolean wildB = b.startsWith("*.");
        if (!wildA && !wildB) {
            return a.equalsIgnoreCase(b);
        }
        if (wildA && wildB) {
            return b.endsWith(a.substring(1)) || a.endsWith(b.substring(1));
        }
        String wildcard = wildA ? a : b;
        String precise = wildA ? b : a;
        return precise.toLowerCase(java.util.Locale.ROOT).endsWith(wildcard.substring(1).toLowerCase(
                java.util.Locale.ROOT));
    }
}
