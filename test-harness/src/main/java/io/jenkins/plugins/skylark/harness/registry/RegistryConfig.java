package io.jenkins.plugins.skylark.harness.registry;

import java.nio.file.Path;

/** The registry's YAML configuration: storage, loopback address, and optionally TLS plus htpasswd auth. */
record RegistryConfig(Path storage, int port, SelfSignedCertificate certificate, Path htpasswd) {

    static RegistryConfig open(Path storage, int port) {
        return new RegistryConfig(storage, port, null, null);
    }

    static RegistryConfig withBasicAuth(Path storage, int port, SelfSignedCertificate certificate, Path htpasswd) {
        return new RegistryConfig(storage, port, certificate, htpasswd);
    }

    boolean tls() {
        return certificate != null;
    }

    String yaml() {
        StringBuilder yaml = new StringBuilder()
                .append("version: 0.1\n")
                .append("log:\n  level: info\n")
                .append("storage:\n")
                .append("  filesystem:\n    rootdirectory: ").append(quoted(storage)).append('\n')
                .append("  delete:\n    enabled: true\n")
                .append("http:\n  addr: 127.0.0.1:").append(port).append('\n');
        if (tls()) {
            yaml.append("  tls:\n")
                    .append("    certificate: ").append(quoted(certificate.certificatePem())).append('\n')
                    .append("    key: ").append(quoted(certificate.keyPem())).append('\n')
                    .append("auth:\n  htpasswd:\n    realm: skylark-test\n")
                    .append("    path: ").append(quoted(htpasswd)).append('\n');
        }
        return yaml.toString();
    }

    private static String quoted(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
