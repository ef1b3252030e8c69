package io.jenkins.plugins.skylark.platform;

import java.util.regex.Pattern;

/** Kubernetes name syntax (DNS-1123 labels and subdomains, label keys and values). */
final class KubernetesNames {

    private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern DNS_1123_LABEL = Pattern.compile(LABEL);
    private static final Pattern DNS_1123_SUBDOMAIN = Pattern.compile(LABEL + "(\\." + LABEL + ")*");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

    private KubernetesNames() {
    }

    /** A DNS-1123 label: namespaces, most ids, container names. */
    static boolean isLabel(String value) {
        return value != null && value.length() <= 63 && DNS_1123_LABEL.matcher(value).matches();
    }

    /** A DNS-1123 subdomain: object names such as Deployment names. */
    static boolean isSubdomain(String value) {
        return value != null && value.length() <= 253 && DNS_1123_SUBDOMAIN.matcher(value).matches();
    }

    /**
     * A DNS name as a route's host takes it: lower-case labels (each a DNS-1123 label) joined by dots, at
     * most 253 characters, no wildcard, and not an IPv4 address (a top-level label is never all digits).
     */
    static boolean isDnsName(String value) {
        if (value == null || value.isEmpty() || value.length() > 253) {
            return false;
        }
        String[] labels = value.split("\\.", -1);
        for (String label : labels) {
            if (!isLabel(label)) {
                return false;
            }
        }
        return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
    }

    /** A label key: {@code [prefix/]name}, the prefix a subdomain, the name at most 63 characters. */
    static boolean isLabelKey(String key) {
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        return (slash < 0 || isSubdomain(key.substring(0, slash))) && isQualifiedName(name);
    }

    /** A label value: empty, or a name of at most 63 characters. */
    static boolean isLabelValue(String value) {
        return value.isEmpty() || isQualifiedName(value);
    }

    private static boolean isQualifiedName(String value) {
        return value.length() <= 63 && QUALIFIED_NAME.matcher(value).matches();
    }
}
