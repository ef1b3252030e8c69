package io.jenkins.plugins.skylark.harbor;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One artifact in Harbor, by digest: {@code host/project/repository@sha256:…} as {@code platformImage} returns
 * it. Harbor's first path segment is the project; the rest (which may hold slashes) is the repository.
 *
 * @param host the registry's {@code host[:port]}
 * @param project the Harbor project
 * @param repository the repository inside the project, e.g. {@code orders} or {@code team/orders}
 * @param digest {@code sha256:} and 64 hex digits
 */
public record ArtifactRef(String host, String project, String repository, String digest) implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Pattern REFERENCE = Pattern.compile(
            "(?<host>[^/@]+)/(?<project>[a-z0-9][a-z0-9._-]*)/(?<repository>[a-z0-9][a-z0-9._/-]*?)"
                    + "(?::[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?@(?<digest>sha256:[0-9a-f]{64})");

    /**
     * Reads {@code host/project/repository[:tag]@sha256:…}.
     *
     * @throws IllegalArgumentException naming the field and the expected form
     */
    public static ArtifactRef parse(String field, String reference) {
        Matcher matcher = REFERENCE.matcher(reference == null ? "" : reference.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(Messages.format("ArtifactRef.invalid", field, reference));
        }
        return new ArtifactRef(matcher.group("host"), matcher.group("project"), matcher.group("repository"),
                matcher.group("digest"));
    }

    /**
     * The artifact's path under {@code /api/v2.0}. Harbor takes a repository name with slashes only URL-encoded
     * twice ({@code a/b} → {@code a%252Fb}, as its API reference says), since its router decodes the path once.
     */
    public String apiPath() {
        return "/projects/" + encode(project) + "/repositories/" + encode(encode(repository)) + "/artifacts/"
                + digest; // [a-z0-9:] only, legal in a path as it is
    }

    /** {@code project/repository@digest}, what messages call the artifact. */
    public String describe() {
        return project + "/" + repository + "@" + digest;
    }

    /** The full reference, {@code host/project/repository@digest}. */
    public String reference() {
        return host + "/" + describe();
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
