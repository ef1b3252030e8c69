package io.jenkins.plugins.skylark.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code perKind} Deployments, Services and ConfigMaps, one multi-document file per kind. */
final class BenchmarkManifests {
    private BenchmarkManifests() {
    }

    static Path write(Path folder, int perKind) throws IOException {
        Files.createDirectories(folder);
        StringBuilder configMaps = new StringBuilder();
        StringBuilder services = new StringBuilder();
        StringBuilder deployments = new StringBuilder();
        for (int i = 0; i < perKind; i++) {
            configMaps.append("""
                    apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: config-%1$d}
                    data: {index: "%1$d"}
                    ---
                    """.formatted(i));
            services.append("""
                    apiVersion: v1
                    kind: Service
                    metadata: {name: svc-%1$d}
                    spec:
                      selector: {app: app-%1$d}
                      ports: [{port: 80, targetPort: 8080}]
                    ---
                    """.formatted(i));
            deployments.append("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: app-%1$d}
                    spec:
                      replicas: 1
                      selector: {matchLabels: {app: app-%1$d}}
                      template:
                        metadata: {labels: {app: app-%1$d}}
                        spec:
                          containers: [{name: app, image: "registry.example/bench/app@sha256:%2$s"}]
                    ---
                    """.formatted(i, "c".repeat(64)));
        }
        Files.writeString(folder.resolve("configmaps.yaml"), configMaps);
        Files.writeString(folder.resolve("services.yaml"), services);
        Files.writeString(folder.resolve("deployments.yaml"), deployments);
        return folder;
    }
}
