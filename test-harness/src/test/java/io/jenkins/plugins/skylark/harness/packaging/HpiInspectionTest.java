package io.jenkins.plugins.skylark.harness.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HpiInspectionTest {
    @TempDir
    Path dir;

    @Test
    void shouldAcceptAWellFormedPlugin() throws IOException {
        Path hpi = hpi(validManifest(), Map.of("WEB-INF/lib/demo.jar", pluginJar(Map.of())));

        assertThat(HpiInspection.of(hpi, "demo", "1.0").problems()).isEmpty();
    }

    @Test
    void shouldReportWrongOrMissingManifestAttributes() throws IOException {
        Manifest manifest = validManifest();
        manifest.getMainAttributes().putValue("Jenkins-Version", "2.400");
        manifest.getMainAttributes().remove(new Attributes.Name("Url"));

        assertThat(HpiInspection.of(hpi(manifest, Map.of("WEB-INF/lib/demo.jar", pluginJar(Map.of()))), "demo", "1.0")
                .problems())
                .contains("manifest attribute Jenkins-Version is '2.400', expected '2.479.3'",
                        "manifest attribute Url is missing");
    }

    @Test
    void shouldRefuseDependenciesNewerThanTheTargetOrNotInstalledThere() throws IOException {
        Manifest manifest = validManifest();
        manifest.getMainAttributes().putValue("Plugin-Dependencies",
                "workflow-step-api:999.vabc,no-such-plugin:1.0;resolution:=optional,skylark-pipeline:0.9");

        assertThat(HpiInspection.of(hpi(manifest, Map.of("WEB-INF/lib/demo.jar", pluginJar(Map.of()))), "demo", "1.0")
                .problems())
                .contains("dependency workflow-step-api:999.vabc is newer than the target's 706.v518c5dcb_24c0",
                        "dependency no-such-plugin is not installed on the target controller",
                        "dependency skylark-pipeline must require 1.0, not 0.9");
    }

    @Test
    void shouldRefuseBundledJenkinsOrCoreLibraryClasses() throws IOException {
        Path hpi = hpi(validManifest(), Map.of(
                "WEB-INF/lib/demo.jar", pluginJar(Map.of()),
                "WEB-INF/lib/guava-33.jar", jar(Map.of("com/google/common/base/Strings.class", new byte[0])),
                "WEB-INF/lib/jenkins-api.jar", jar(Map.of("hudson/FilePath.class", new byte[0]))));

        assertThat(HpiInspection.of(hpi, "demo", "1.0").problems())
                .contains("guava-33.jar bundles com/google/common/base/Strings.class (core-libraries)",
                        "jenkins-api.jar bundles hudson/FilePath.class (jenkins)");
    }

    @Test
    void shouldRequireThePluginJar() throws IOException {
        Path hpi = hpi(validManifest(), Map.of("WEB-INF/lib/other.jar", jar(Map.of())));

        assertThat(HpiInspection.of(hpi, "demo", "1.0").problems()).contains("WEB-INF/lib/demo.jar is missing");
    }

    @Test
    void shouldRequireEveryExtensionClassInTheIndex() throws IOException {
        String extension = "io/jenkins/plugins/skylark/harness/steps/WithLabelStep$DescriptorImpl.class";
        Path hpi = hpi(validManifest(), Map.of("WEB-INF/lib/demo.jar", pluginJar(Map.of(extension, classBytes(extension)))));

        assertThat(HpiInspection.of(hpi, "demo", "1.0").problems()).containsExactly(
                "@Extension io.jenkins.plugins.skylark.harness.steps.WithLabelStep$DescriptorImpl is missing from "
                        + "META-INF/annotations/hudson.Extension");
    }

    @Test
    void shouldAcceptAnExtensionListedInTheIndex() throws IOException {
        String extension = "io/jenkins/plugins/skylark/harness/steps/WithLabelStep$DescriptorImpl.class";
        String index = "META-INF/annotations/hudson.Extension";
        Path hpi = hpi(validManifest(), Map.of("WEB-INF/lib/demo.jar",
                pluginJar(Map.of(extension, classBytes(extension), index, classBytes(index)))));

        HpiInspection inspection = HpiInspection.of(hpi, "demo", "1.0");

        assertThat(inspection.problems()).noneMatch(problem -> problem.contains("is missing from"));
        assertThat(inspection.indexedExtensions()).contains("io.jenkins.plugins.skylark.harness.steps.WithLabelStep$DescriptorImpl");
    }

    @Test
    void shouldRefuseAPluginJarWhoseOwnManifestDoesNotIdentifyThePlugin() throws IOException {
        // The bug seen in a real Jenkins: plugin attributes only in the .hpi's outer manifest.
        Path hpi = hpi(validManifest(), Map.of("WEB-INF/lib/demo.jar", jar(Map.of())));

        assertThat(HpiInspection.of(hpi, "demo", "1.0").problems()).containsExactly("WEB-INF/lib/demo.jar holds our"
                + " classes but its own manifest does not identify a plugin (" + PluginManifests.RULE
                + "): Jenkins' class filter refuses to save them");
    }

    @Test
    void shouldRefuseABundledJarOfOurClassesWhoseManifestNamesNoVersion() throws IOException {
        Manifest shortNameOnly = new Manifest();
        shortNameOnly.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        shortNameOnly.getMainAttributes().putValue("Short-Name", "skylark-core");
        Path hpi = hpi(validManifest(), Map.of("WEB-INF/lib/demo.jar", pluginJar(Map.of()),
                "WEB-INF/lib/skylark-core-1.0.jar", jar(shortNameOnly,
                        Map.of("io/jenkins/plugins/skylark/core/Value.class", new byte[0]))));

        assertThat(HpiInspection.of(hpi, "demo", "1.0").problems()).singleElement().asString()
                .startsWith("WEB-INF/lib/skylark-core-1.0.jar holds our classes but its own manifest does not identify");
    }

    @Test
    void shouldAcceptThirdPartyJarsAndWhitelistedLibrariesOfOurs() throws IOException {
        Manifest whitelisted = new Manifest();
        whitelisted.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        whitelisted.getMainAttributes().putValue("Jenkins-ClassFilter-Whitelisted", "true");
        Path hpi = hpi(validManifest(), Map.of("WEB-INF/lib/demo.jar", pluginJar(Map.of()),
                "WEB-INF/lib/jib-core-0.28.jar", jar(Map.of("com/google/cloud/tools/jib/Jib.class", new byte[0])),
                "WEB-INF/lib/skylark-core-1.0.jar", jar(whitelisted,
                        Map.of("io/jenkins/plugins/skylark/core/Value.class", new byte[0]))));

        assertThat(HpiInspection.of(hpi, "demo", "1.0").problems()).isEmpty();
    }

    /** Bytes of a resource of the harness's compiled tests (the sezpoz index lists their extensions). */
    private static byte[] classBytes(String resource) throws IOException {
        try (var in = HpiInspectionTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private static Manifest validManifest() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Short-Name", "demo");
        main.putValue("Long-Name", "Demo");
        main.putValue("Plugin-Version", "1.0");
        main.putValue("Jenkins-Version", "2.479.3");
        main.putValue("Minimum-Java-Version", "17");
        main.putValue("Group-Id", "io.jenkins.plugins.skylark");
        main.putValue("Artifact-Id", "demo");
        main.putValue("Url", "https://example.org/demo");
        main.putValue("Plugin-Dependencies", "workflow-step-api:706.v518c5dcb_24c0,skylark-pipeline:1.0");
        return manifest;
    }

    private Path hpi(Manifest manifest, Map<String, byte[]> entries) throws IOException {
        Path hpi = Files.createTempFile(dir, "demo", ".hpi");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(hpi), manifest)) {
            write(out, entries);
        }
        return hpi;
    }

    /** A plugin jar as maven-hpi-plugin makes it: the plugin's attributes in its own manifest. */
    private byte[] pluginJar(Map<String, byte[]> entries) throws IOException {
        return jar(validManifest(), entries);
    }

    private byte[] jar(Manifest manifest, Map<String, byte[]> entries) throws IOException {
        Path jar = Files.createTempFile(dir, "lib", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            write(out, entries);
        }
        return Files.readAllBytes(jar);
    }

    private byte[] jar(Map<String, byte[]> entries) throws IOException {
        Path jar = Files.createTempFile(dir, "lib", ".jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            write(out, entries);
        }
        return Files.readAllBytes(jar);
    }

    private static void write(ZipOutputStream out, Map<String, byte[]> entries) throws IOException {
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            out.putNextEntry(new ZipEntry(entry.getKey()));
            ((OutputStream) out).write(entry.getValue());
            out.closeEntry();
        }
    }
}
