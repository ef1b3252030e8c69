package io.jenkins.plugins.skylark.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Finds what a build produced by globs and fingerprints it. The by-products Maven and Gradle put next to
 * the application jar (sources, javadoc and test jars, the shade plugin's {@code original-} copy,
 * Spring Boot's {@code -plain} jar) are left out, so that the tool's usual place yields the one jar to ship.
 */
final class Artifacts {
    private static final List<String> BY_PRODUCT_SUFFIXES =
            List.of("-sources.jar", "-javadoc.jar", "-tests.jar", "-test-sources.jar", "-plain.jar");
    private static final String BY_PRODUCT_PREFIX = "original-";

    private Artifacts() {
    }

    static List<Artifact> find(Path workspace, List<String> globs) throws BuildException {
        List<Artifact> found = new ArrayList<>();
        for (String path : AntGlob.find(workspace, globs)) {
            if (!isByProduct(path)) {
                found.add(fingerprint(workspace, path));
            }
        }
        return found;
    }

    static boolean isByProduct(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith(BY_PRODUCT_PREFIX) || BY_PRODUCT_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static Artifact fingerprint(Path workspace, String path) throws BuildException {
        Path file = workspace.resolve(path);
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
                size += n;
            }
            return new Artifact(path, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw BuildException.of("Artifacts.unreadable", path, e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
