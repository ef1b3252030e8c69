package io.jenkins.plugins.skylark.harness.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every Skylark plugin's packaging test checks on the built {@code .hpi} (run by failsafe after
 * {@code package}, which passes {@code hpi.file}, {@code hpi.shortName} and {@code hpi.version}). A
 * module's test names what is particular to it.
 */
public abstract class PluginPackagingContract {
    private final HpiInspection hpi = HpiInspection.of(Path.of(System.getProperty("hpi.file")),
            System.getProperty("hpi.shortName"), System.getProperty("hpi.version"));

    /** The built plugin, for checks particular to one module. */
    protected final HpiInspection hpi() {
        return hpi;
    }

    /** Extension classes the plugin must register. */
    protected abstract List<String> extensions();

    /** Plugin ids the plugin must declare in {@code Plugin-Dependencies}. */
    protected abstract List<String> pluginDependencies();

    /** Name prefix of a library jar the plugin must bundle. */
    protected abstract String bundledLibrary();

    @Test
    void shouldBeAnInstallableJenkinsPlugin() {
        assertThat(hpi.problems()).isEmpty();
    }

    @Test
    void shouldIdentifyThePluginInThePluginJarsOwnManifest() throws IOException {
        var own = hpi.pluginJarManifest().getMainAttributes();
        assertThat(own.getValue("Short-Name")).isEqualTo(System.getProperty("hpi.shortName"));
        assertThat(own.getValue("Plugin-Version")).isEqualTo(System.getProperty("hpi.version"));
        assertThat(PluginManifests.identifiesPlugin(hpi.pluginJarManifest())).isTrue();
    }

    @Test
    void shouldIndexItsExtensions() throws IOException {
        assertThat(hpi.indexedExtensions()).containsAll(extensions());
    }

    @Test
    void shouldDependOnThePluginsItUses() {
        assertThat(hpi.dependencies()).containsKeys(pluginDependencies().toArray(String[]::new));
    }

    @Test
    void shouldBundleItsLibrariesButNothingJenkinsOrAnotherPluginProvides() throws IOException {
        assertThat(hpi.libraries()).anyMatch(jar -> jar.startsWith(bundledLibrary()))
                .noneMatch(jar -> jar.startsWith("skylark-pipeline-") || jar.startsWith("jackson-")
                        || jar.startsWith("guava-") || jar.startsWith("snakeyaml-2") || jar.startsWith("groovy"));
    }
}
