package io.jenkins.plugins.skylark.harness.browser;

import java.util.Locale;
import java.util.Map;

/**
 * A request the page server received for an endpoint.
 *
 * @param method upper-case HTTP method
 * @param path   the path below the endpoint's prefix, e.g. {@code /preview}
 * @param params the query parameters (first value each)
 * @param body   the body, UTF-8
 * @param locale the first language of {@code Accept-Language}, English without one
 */
public record PageRequest(String method, String path, Map<String, String> params, String body, Locale locale) {
}
