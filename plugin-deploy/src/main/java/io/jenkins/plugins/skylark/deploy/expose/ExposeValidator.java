package io.jenkins.plugins.skylark.deploy.expose;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks every field of an expose request before any object is built, so hostile values (host names
 * or paths with quotes, spaces, braces, newlines) never reach an object; each problem names its field.
 */
public final class ExposeValidator {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ExposeValidator.class);

    /** DNS-1035 label: Service names must be one, and the route and Service are named after the application. */
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final String SUBDOMAIN_PART = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    /** DNS-1123 subdomain: namespaces, Secret, IngressClass and Gateway names. */
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile(SUBDOMAIN_PART + "(\\." + SUBDOMAIN_PART + ")*");
    /**
     * A host name as both APIs take it: lower-case DNS name, optionally led by a {@code *.} wildcard label;
     * neither takes an IP address, so the last label must start with a letter.
     */
    private static final Pattern HOST = Pattern.compile("(\\*\\.)?(" + SUBDOMAIN_PART + "\\.)+[a-z]([-a-z0-9]*[a-z0-9])?");
    /** An absolute path of RFC 3986 path characters only. */
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*");
    /** A qualified annotation key: optional DNS-subdomain prefix and '/', then a name of at most 63 characters. */
    private static final Pattern ANNOTATION_KEY = Pattern.compile("(" + SUBDOMAIN_PART + "(\\." + SUBDOMAIN_PART
            + ")*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
    /** Control characters but tab and line breaks, which multi-line annotation values (snippets) use. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final int MAX_SUBDOMAIN = 253;
    private static final int MAX_PORT = 65535;

    private ExposeValidator() {
    }

    /** Throws {@link InvalidExposeException} with every problem of {@code request}. */
    public static void validate(ExposeRequest request) {
        List<String> problems = new ArrayList<>();
        if (request.application() == null || !DNS_LABEL.matcher(request.application()).matches()) {
            problems.add(TEXT.format("field.application", request.application()));
        }
        subdomain(problems, "namespace", request.namespace(), true);
        hosts(problems, request.hosts());
        paths(problems, request.paths());
        if (request.port() < 1 || request.port() > MAX_PORT) {
            problems.add(TEXT.format("field.port", String.valueOf(request.port())));
        }
        subdomain(problems, "tls", request.tlsSecret(), false);
        router(problems, request);
        problems.addAll(annotationProblems(request.annotations(), request.allowedAnnotations()));
        InvalidExposeException.throwIfAny(problems);
    }

    private static void hosts(List<String> problems, List<String> hosts) {
        if (hosts.isEmpty()) {
            problems.add(TEXT.format("field.hosts.empty"));
        }
        for (int i = 0; i < hosts.size(); i++) {
            String host = hosts.get(i);
            if (host == null || host.length() > MAX_SUBDOMAIN || !HOST.matcher(host).matches()) {
                problems.add(TEXT.format("field.host", "hosts[" + i + "]", host));
            }
        }
        List<String> named = hosts.stream().filter(h -> h != null).map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (new TreeSet<>(named).size() != named.size()) {
            problems.add(TEXT.format("field.hosts.duplicate", hosts));
        }
    }

    private static void paths(List<String> problems, List<ExposePath> paths) {
        if (paths.isEmpty()) {
            problems.add(TEXT.format("field.paths.empty"));
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            ExposePath path = paths.get(i);
            String field = "paths[" + i + "]";
            if (path == null || path.path() == null || !PATH.matcher(path.path()).matches()) {
                problems.add(TEXT.format("field.path", field, path == null ? null : path.path()));
            } else if (path.type() == null) {
                problems.add(TEXT.format("field.pathType", field + ".type"));
            } else if (seen.contains(path.path())) {
                problems.add(TEXT.format("field.path.duplicate", field, path.path()));
            } else {
                seen.add(path.path());
            }
        }
    }

    private static void router(List<String> problems, ExposeRequest request) {
        Router router = request.router();
        if (router == null || router.kind() == null) {
            problems.add(TEXT.format("field.router"));
            return;
        }
        if (router.kind() == Router.Kind.INGRESS) {
            subdomain(problems, "ingressClass", router.ingressClass(), false);
            return;
        }
        subdomain(problems, "gateway", router.gatewayName(), true);
        subdomain(problems, "gatewayNamespace", router.gatewayNamespace(), false);
        if (request.tlsSecret() != null) {
            // An HTTPRoute has no TLS field: the Gateway's listener holds the certificate.
            problems.add(TEXT.format("field.tls.gateway", router.gatewayName()));
        }
    }

    private static void subdomain(List<String> problems, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(TEXT.format("field.missing", field));
            }
        } else if (value.length() > MAX_SUBDOMAIN || !DNS_SUBDOMAIN.matcher(value).matches()) {
            problems.add(TEXT.format("field.name", field, value));
        }
    }

    /** Annotations without a value, and one problem naming every key the administrator's list does not allow. */
    static List<String> annotationProblems(Map<String, String> annotations, List<String> allowed) {
        List<String> problems = new ArrayList<>();
        annotations.forEach((key, value) -> {
            if (value == null) {
                problems.add(TEXT.format("field.annotation.value", key));
            } else if (CONTROL.matcher(value).find()) {
                problems.add(TEXT.format("field.annotation.control", key));
            }
            if (key != null && (key.length() > MAX_SUBDOMAIN + 64 || !ANNOTATION_KEY.matcher(key).matches())) {
                problems.add(TEXT.format("field.annotation.key", key));
            }
        });
        List<String> refused = annotations.keySet().stream().filter(key -> !allowed(key, allowed))
                .map(String::valueOf).sorted().toList();
        if (refused.isEmpty()) {
            return problems;
        }
        problems.add(allowed.isEmpty() ? TEXT.format("field.annotations.none", String.join(", ", refused))
                : TEXT.format("field.annotations.refused", String.join(", ", refused), String.join(", ", allowed)));
        return problems;
    }

    /** Skylark's own keys are never the user's to set, whatever the list says. */
    private static boolean allowed(String key, List<String> allowed) {
        if (key == null || key.startsWith("skylark.jenkins.io/")) {
            return false;
        }
        for (String entry : allowed) {
            boolean prefix = entry.endsWith("/*");
            if (prefix ? key.startsWith(entry.substring(0, entry.length() - 1)) : key.equals(entry)) {
                return true;
            }
        }
        return false;
    }
}
