package io.jenkins.plugins.skylark.harness.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.model.Result;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's class filter applies Jenkins' rule, and fails where Jenkins fails. */
class PluginClassFilterTest {
    private static final String SAVED_VALUE = SavedValue.class.getName();

    @TempDir
    Path dir;

    @Test
    void shouldRefuseOurClassFromAJarWhoseOwnManifestDoesNotIdentifyAPlugin() throws Exception {
        // Issue 8, bug 1: the plugin attributes were only in the .hpi's outer manifest.
        Class<?> copy = inJar(manifest("Long-Name", "Demo"));

        assertThatThrownBy(() -> roundTrip(copy))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Refusing to marshal " + SAVED_VALUE + " for security reasons");
    }

    @Test
    void shouldAcceptOurClassFromAPluginJar() throws Exception {
        assertThat(roundTrip(inJar(manifest("Short-Name", "demo", "Plugin-Version", "1.0")))).isNotNull();
        assertThat(roundTrip(inJar(manifest("Short-Name", "demo", "Jenkins-Version", "2.479.3")))).isNotNull();
        assertThat(roundTrip(inJar(manifest("Jenkins-ClassFilter-Whitelisted", "true")))).isNotNull();
    }

    @Test
    void shouldTrustAClassesDirectoryOnlyWithThePluginManifestTheJarWillCarry() throws Exception {
        Path bare = Files.createDirectories(dir.resolve("bare/target/classes"));
        assertThatThrownBy(() -> roundTrip(ClassCopies.inDirectory(SavedValue.class, bare)))
                .hasMessageContaining("Refusing to marshal " + SAVED_VALUE);

        Path classes = Files.createDirectories(dir.resolve("plugin/target/classes/META-INF"));
        try (var out = Files.newOutputStream(classes.resolve("MANIFEST.MF"))) {
            manifest("Short-Name", "demo", "Plugin-Version", "1.0").write(out);
        }
        assertThat(roundTrip(ClassCopies.inDirectory(SavedValue.class, classes.getParent()))).isNotNull();
    }

    @Test
    void shouldRefuseAThirdPartyLibraryClassHeldInAField() {
        assertThatThrownBy(() -> SavedForm.roundTrip(new SavedValue(new ObjectMeta())))
                .hasMessageContaining("Refusing to marshal io.fabric8.kubernetes.api.model.ObjectMeta")
                .hasMessageContaining("Failed to serialize " + SAVED_VALUE + "#value");
    }

    @Test
    void shouldRefuseJdkClassesOffCoresWhitelist() {
        assertThatThrownBy(() -> SavedForm.roundTrip(new SavedValue(Instant.EPOCH)))
                .hasMessageContaining("Refusing to marshal java.time.Instant");
        assertThatThrownBy(() -> SavedForm.roundTrip(new SavedValue(List.of("a"))))
                .hasMessageContaining("Refusing to marshal java.util.ImmutableCollections");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldAcceptCoreWhitelistedJdkEnumAndTestClasses() {
        List<Object> values = new ArrayList<>(List.of("text", 3, Result.FAILURE, Thread.State.NEW));

        SavedValue loaded = SavedForm.roundTrip(new SavedValue(values));

        assertThat((List<Object>) loaded.value()).containsExactly("text", 3, Result.FAILURE, Thread.State.NEW);
    }

    /** Writes and reads a {@link SavedValue} whose class is {@code copy}, not the one of the test classes. */
    private static Object roundTrip(Class<?> copy) throws Exception {
        assertThat(copy).isNotSameAs(SavedValue.class);
        return SavedForm.roundTrip(copy.getConstructor(Object.class).newInstance("value"));
    }

    private Class<?> inJar(Manifest manifest) throws IOException {
        return ClassCopies.inJar(SavedValue.class, Files.createTempFile(dir, "lib", ".jar"), manifest);
    }

    private static Manifest manifest(String... attributes) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        for (int i = 0; i < attributes.length; i += 2) {
            manifest.getMainAttributes().putValue(attributes[i], attributes[i + 1]);
        }
        return manifest;
    }
}
