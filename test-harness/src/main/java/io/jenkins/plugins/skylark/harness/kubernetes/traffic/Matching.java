package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import java.util.Locale;

/** Host and path matching shared by the routers, as Ingress and Gateway API define it. */
final class Matching {

    private Matching() {
    }

    /** An empty pattern matches any host; {@code *.example.com} matches exactly one more label. */
    static boolean host(String pattern, String host) {
        if (pattern == null || pattern.isEmpty()) {
            return true;
        }
        String p = pattern.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        if (p.startsWith("*.")) {
            String suffix = p.substring(1);
            return h.endsWith(suffix) && h.indexOf('.') == h.length() - suffix.length();
        }
        return p.equals(h);
    }

    /** Whether {@code path} is under {@code prefix}, element by element ({@code /a} covers {@code /a/b}, not {@code /ab}). */
    static boolean prefix(String prefix, String path) {
        if (prefix == null || prefix.isEmpty() || prefix.equals("/")) {
            return true;
        }
        String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return path.equals(p) || path.startsWith(p + "/");
    }

    /** Whether a path of this type ({@code Exact}, {@code Prefix}/{@code PathPrefix}, else NGINX's string prefix) matches. */
    static boolean path(String type, String value, String path) {
        String v = value == null || value.isEmpty() ? "/" : value;
        if ("Exact".equals(type)) {
            return v.equals(path);
        }
        if ("Prefix".equals(type) || "PathPrefix".equals(type)) {
            return prefix(v, path);
        }
        if ("RegularExpression".equals(type)) {
            return path.matches(v);
        }
        return path.startsWith(v);
    }

    /** How specific a path match is: exact ones first, then longer ones. */
    static int specificity(String type, String value) {
        int length = value == null ? 1 : value.length();
        return "Exact".equals(type) ? 100_000 + length : length;
    }
}
