package io.jenkins.plugins.skylark.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.util.XStream2;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.packaging.PluginManifests;
import io.jenkins.plugins.skylark.harness.persistence.ClassCopies;
import io.jenkins.plugins.skylark.harness.persistence.PluginClassFilter;
import io.jenkins.plugins.skylark.harness.persistence.SavedForm;
import io.jenkins.plugins.skylark.image.jenkins.PlatformImageAction;
import io.jenkins.plugins.skylark.platform.TestPlatform;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.TestConfigs;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything of this plugin that Jenkins saves with XStream, written and read back through Jenkins'
 * class filter: the build's image action ({@code build.xml}), the platform configuration (global
 * configuration file; {@code SkylarkConfigurationTest} also restarts on it) and the folder property
 * ({@code config.xml}). The test Jenkins also saves every build and folder of every test when it ends.
 */
class SavedByJenkinsTest {
    private static final String IMAGE = "registry.example.com/shop/orders@sha256:"
            + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path dir;

    @Test
    void shouldKeepTheImageActionInBuildXml() throws Exception {
        WorkflowRun build = jenkins.newBuild(jenkins.job("shop/orders")).build();
        build.addAction(new PlatformImageAction(IMAGE));

        assertThat(SavedForm.saveAndReload(build)).singleElement().isInstanceOfSatisfying(PlatformImageAction.class,
                action -> assertThat(action.getReference()).isEqualTo(IMAGE));
    }

    @Test
    void shouldBeRefusedFromAPluginJarWithoutThePluginAttributesInItsOwnManifest() throws Exception {
        // Issue 8, bug 1: "Refusing to marshal ...PlatformImageAction for security reasons".
        Manifest outerOnly = new Manifest();
        outerOnly.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Class<?> copy = ClassCopies.inJar(PlatformImageAction.class, dir.resolve("skylark-pipeline.jar"), outerOnly);

        assertThatThrownBy(() -> SavedForm.roundTrip(copy.getConstructor(String.class).newInstance(IMAGE)))
                .hasMessageContaining("Refusing to marshal " + PlatformImageAction.class.getName());
    }

    @Test
    void shouldBeLoadedFromWhereThePluginManifestIs() throws Exception {
        Manifest own = PluginManifests.of(PlatformImageAction.class);

        assertThat(PluginManifests.identifiesPlugin(own)).isTrue();
        assertThat(own.getMainAttributes().getValue("Short-Name")).isEqualTo("skylark-pipeline");
    }

    @Test
    void shouldKeepTheWholePlatformConfiguration() {
        PlatformConfig loaded = SavedForm.roundTrip(TestConfigs.valid());

        assertThat(loaded.toModel(Locale.ENGLISH)).isEqualTo(TestPlatform.valid());
    }

    @Test
    void shouldKeepExposureFourEyesChannelsAndAllowedAnnotations() {
        PlatformConfig loaded = SavedForm.roundTrip(TestConfigs.withDelivery());

        assertThat(loaded.getChannels()).extracting(channel -> channel.getEvents())
                .containsExactly(List.of("deploy-failed", "approval-waiting"), List.of("DEPLOYED"), List.of());
        assertThat(loaded.toModel(Locale.ENGLISH)).isEqualTo(TestPlatform.validWithDelivery());
    }

    @Test
    void shouldKeepReleaseSettingsAndAnalyses() {
        PlatformConfig loaded = SavedForm.roundTrip(TestConfigs.withRelease());

        assertThat(loaded.getEnvironments().get(0).getReleasePolicy()).isEqualTo(TestPlatform.PROD_POLICY);
        assertThat(loaded.toModel(Locale.ENGLISH)).isEqualTo(TestPlatform.validWithRelease());
    }

    @Test
    void shouldLoadAPlatformSavedBeforeAnalysesExisted() {
        PluginClassFilter.register();
        XStream2 xstream = new XStream2();
        String saved = xstream.toXML(TestConfigs.valid());
        String older = saved.replaceAll("\\s*<analyses\\s*/>", "");

        PlatformConfig loaded = (PlatformConfig) xstream.fromXML(older);

        assertThat(saved).contains("<analyses/>");
        assertThat(older).doesNotContain("analyses");
        assertThat(loaded.getAnalyses()).isEmpty();
        assertThat(loaded.toModel(Locale.ENGLISH)).isEqualTo(TestPlatform.valid());
    }

    @Test
    void shouldLoadAPlatformSavedBeforeChannelsExisted() {
        PluginClassFilter.register();
        XStream2 xstream = new XStream2();
        String saved = xstream.toXML(TestConfigs.valid());
        String older = saved.replaceAll("\\s*<channels\\s*/>", "");

        PlatformConfig loaded = (PlatformConfig) xstream.fromXML(older);

        assertThat(saved).contains("<channels/>");
        assertThat(older).doesNotContain("channels");
        assertThat(loaded.getChannels()).isEmpty();
        assertThat(loaded.toModel(Locale.ENGLISH)).isEqualTo(TestPlatform.valid());
    }

    @Test
    void shouldKeepTheFolderProperty() throws Exception {
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));

        assertThat(SavedForm.roundTrip(new PlatformProjectProperty(" shop ")).getProjectId()).isEqualTo("shop");
    }
}
