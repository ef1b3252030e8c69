package io.jenkins.plugins.skylark.deploy.call;

/**
 * The arguments of {@code platformExpose} as a Jenkinsfile gives them: {@code host} or {@code hosts},
 * {@code path} or {@code paths} (a list of path strings or of {@code [path:, pathType:]} maps), and
 * {@code annotations} (a map); untyped where Groovy hands over lists and maps, checked by {@link ExposeInputs}.
 */
public record ExposeArguments(String host, Object hosts, String path, Object paths, int port, String tls,
        Object annotations) {
}
