package io.jenkins.plugins.skylark.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL checks for cluster API servers and image registries. */
final class Addresses {

    private Addresses() {
    }

    /** An {@code http(s)://host[:port][/path]} URL without user information. */
    static void checkHttpUrl(Problems.Subject subject, String field, String value) {
        checkHttp(subject, field, value, value.strip());
    }

    /**
     * A registry: {@code host[:port]}, or {@code http(s)://host[:port]}; no path, since the OCI
     * distribution API lives at the root. Plain {@code http://} needs the insecure flag.
     */
    static void checkRegistryUrl(Problems.Subject subject, String field, String value, boolean insecure) {
        String text = value.strip();
        boolean withScheme = ImageRegistry.hasScheme(text);
        URI uri = checkHttp(subject, field, value, withScheme ? text : "https://" + text);
        if (uri == null) {
            return;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            subject.add(field, "registryUrl.path", value);
        } else if (withScheme && "http".equalsIgnoreCase(uri.getScheme()) && !insecure) {
            subject.add(field, "registryUrl.httpNeedsInsecure", value);
        }
    }

    /** Reports a problem with {@code shown} and returns {@code null}, or returns the parsed URL. */
    private static URI checkHttp(Problems.Subject subject, String field, String shown, String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            subject.add(field, "url.invalid", shown, e.getReason());
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String problem = null;
        if (!scheme.equals("https") && !scheme.equals("http")) {
            problem = "url.scheme";
        } else if (uri.getHost() == null) {
            problem = "url.noHost";
        } else if (uri.getRawUserInfo() != null) {
            problem = "url.userInfo";
        }
        if (problem != null) {
            subject.add(field, problem, shown);
            return null;
        }
        return uri;
    }
}
