package io.jenkins.plugins.skylark.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.skylark.harness.registry.LocalRegistry;
import io.jenkins.plugins.skylark.harness.registry.RegistryResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** An image's manifest and configuration read back from a registry with plain HTTP, not with Jib. */
record PulledImage(String manifestDigest, JsonNode manifest, JsonNode config) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] MANIFEST_TYPES = {
        "application/vnd.oci.image.manifest.v1+json", "application/vnd.docker.distribution.manifest.v2+json"};

    static PulledImage pull(LocalRegistry registry, String repository, String tagOrDigest) throws IOException {
        RegistryResponse manifest = registry.get("/v2/" + repository + "/manifests/" + tagOrDigest, MANIFEST_TYPES);
        if (manifest.status() != 200) {
            throw new IOException("manifest " + repository + ":" + tagOrDigest + " answered " + manifest.status());
        }
        JsonNode manifestJson = JSON.readTree(manifest.body());
        String configDigest = manifestJson.path("config").path("digest").asText();
        RegistryResponse config = registry.get("/v2/" + repository + "/blobs/" + configDigest);
        return new PulledImage(sha256(manifest.body()), manifestJson, JSON.readTree(config.body()));
    }

    List<String> layerDigests() {
        List<String> digests = new ArrayList<>();
        manifest.path("layers").forEach(layer -> digests.add(layer.path("digest").asText()));
        return digests;
    }

    JsonNode containerConfig() {
        return config.path("config");
    }

    private static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
