package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One simulated request: where it enters, its host and path, its headers (names lower-cased, as HTTP/2 and NGINX
 * see them) and cookies.
 */
record Request(Entry entry, String namespace, String host, String path, Map<String, String> headers,
        Map<String, String> cookies) {

    Request {
        headers = Map.copyOf(headers);
        cookies = Map.copyOf(cookies);
    }

    String method() {
        return "GET";
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }
}
