package io.jenkins.plugins.skylark.jenkinsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;

/**
 * Every stand-in class that the reference listing covers must declare only members that the real
 * class has, with exactly the same signature, and must have the same kind and supertypes.
 */
class ApiConformanceTest {

    @Test
    void shouldDeclareOnlyMembersAndSupertypesOfTheRealJenkinsApi() throws Exception {
        SignatureListing listing = SignatureListing.load("/jenkins-api-signatures.txt");
        List<String> differences = new ArrayList<>();
        int covered = 0;
        for (Class<?> c : standInClasses()) {
            SignatureListing.Entry entry = listing.entry(c.getName());
            if (entry == null || !Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            covered++;
            String declaration = SignatureRenderer.declaration(c);
            if (!declaration.equals(entry.declaration())) {
                differences.add(c.getName() + ": declared as\n    " + declaration + "\n  real:\n    " + entry.declaration());
            }
            for (String member : SignatureRenderer.members(c)) {
                if (!entry.members().contains(member)) {
                    differences.add(c.getName() + ": member not in the real API: " + member);
                }
            }
        }
        assertThat(differences).as("differences from the real Jenkins API").isEmpty();
        assertThat(covered).as("stand-in classes covered by the listing").isGreaterThan(40);
    }

    @Test
    void shouldDetectAMemberThatDiffersFromTheListing() throws IOException {
        SignatureListing listing = SignatureListing.load("/jenkins-api-signatures.txt");
        SignatureListing.Entry secret = listing.entry("hudson.util.Secret");

        assertThat(secret.members()).contains(SignatureListing.normalize("public java.lang.String getPlainText();"));
        assertThat(secret.members()).doesNotContain(SignatureListing.normalize("public char[] getPlainText();"));
    }

    private static List<Class<?>> standInClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Jenkins.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        ApiConformanceTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
