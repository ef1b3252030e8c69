package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

    /**
     * The header's value; for {@code cookie} without such a header, the request's cookies as a browser sends
     * them ({@code a=1; b=2}), since routers that match cookies by a header regex (Istio, Gateway API) see that.
     */
    Optional<String> header(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("cookie") && !headers.containsKey(key) && !cookies.isEmpty()) {
            return Optional.of(new TreeMap<>(cookies).entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        }
        return Optional.ofNullable(headers.get(key));
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }
}
