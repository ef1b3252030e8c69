package io.jenkins.plugins.skylark.harness.registry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What the registry answered to a GET: status, headers and body, for assertions on pulled manifests. */
public record RegistryResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, matched case-insensitively, or {@code null}. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
                .map(entry -> entry.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
