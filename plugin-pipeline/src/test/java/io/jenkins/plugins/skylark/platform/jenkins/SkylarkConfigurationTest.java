package io.jenkins.plugins.skylark.platform.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.model.Descriptor.FormException;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.platform.InvalidPlatformModelException;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.TestPlatform;
import io.jenkins.plugins.skylark.platform.ValidationProblem;
import jenkins.model.GlobalConfiguration;
import org.assertj.core.groups.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SkylarkConfigurationTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @Test
    void shouldConvertTheBoundConfigurationToTheCoreModel() {
        assertThat(TestConfigs.valid().toModel(Locale.ENGLISH)).isEqualTo(TestPlatform.valid());
    }

    @Test
    void shouldBeFoundAsTheGlobalConfigurationExtension() {
        assertThat(SkylarkConfiguration.get()).isSameAs(jenkins.jenkins().getExtensionList(
                GlobalConfiguration.class).get(SkylarkConfiguration.class));
        assertThat(SkylarkConfiguration.get().getModel()).isEqualTo(PlatformModel.empty());
    }

    @Test
    void shouldKeepThePlatformAcrossASaveAndRestart() throws Exception {
        SkylarkConfiguration.get().setPlatform(TestConfigs.valid());
        Path stored = jenkins.home().resolve(SkylarkConfiguration.class.getName() + ".xml");

        jenkins.restart();

        assertThat(Files.readString(stored)).contains("<id>east</id>", "shop-prod");
        assertThat(SkylarkConfiguration.get().getModel()).isEqualTo(TestPlatform.valid());
        assertThat(SkylarkConfiguration.get().getPlatform().getClusters()).extracting(ClusterConfig::getId)
                .containsExactly("east", "west");
    }

    @Test
    void shouldKeepTheDeliverySettingsAcrossASaveAndRestart() throws Exception {
        SkylarkConfiguration.get().setPlatform(TestConfigs.withDelivery());

        jenkins.restart();

        assertThat(SkylarkConfiguration.get().getModel()).isEqualTo(TestPlatform.validWithDelivery());
    }

    @Test
    void shouldKeepTheReleaseSettingsAndAnalysesAcrossASaveAndRestart() throws Exception {
        SkylarkConfiguration.get().setPlatform(TestConfigs.withRelease());

        jenkins.restart();

        assertThat(SkylarkConfiguration.get().getModel()).isEqualTo(TestPlatform.validWithRelease());
    }

    @Test
    void shouldRejectAnInvalidPlatformWholeAndKeepThePreviousOneInForceAndOnDisk() throws Exception {
        SkylarkConfiguration.get().setPlatform(TestConfigs.valid());
        PlatformConfig candidate = TestConfigs.valid();
        List<ClusterConfig> clusters = new ArrayList<>(candidate.getClusters());
        clusters.add(new ClusterConfig("north"));
        candidate.setClusters(clusters);
        candidate.getEnvironments().get(1).setNamespace("nowhere");

        assertThatThrownBy(() -> SkylarkConfiguration.get().setPlatform(candidate))
                .isInstanceOf(InvalidPlatformModelException.class)
                .hasMessageContaining("environment 'shop/dev', field 'namespace'")
                .hasMessageContaining("cluster 'north', field 'apiUrl'");
        assertThat(SkylarkConfiguration.get().getModel()).isEqualTo(TestPlatform.valid());
        jenkins.restart();
        assertThat(SkylarkConfiguration.get().getModel()).isEqualTo(TestPlatform.valid());
    }

    @Test
    void shouldReportValuesThatCannotBeParsedNamingObjectAndField() {
        PlatformConfig candidate = TestConfigs.valid();
        candidate.getRegistries().get(0).setKind("quay");
        candidate.getClusters().get(0).setLabels("region=cn-east\nno-equals-sign");
        candidate.getEnvironments().get(0).setTrafficRouter("traefik");

        assertThatThrownBy(() -> candidate.toModel(Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidPlatformModelException.class, e -> assertThat(e.getProblems())
                        .extracting(ValidationProblem::objectKind, ValidationProblem::objectId, ValidationProblem::field)
                        .contains(Tuple.tuple("registry", "harbor", "kind"),
                                Tuple.tuple("cluster", "east", "labels"),
                                Tuple.tuple("environment", "shop/prod", "trafficRouter")));
    }

    @Test
    void shouldTurnAnInvalidFormIntoAFormExceptionInTheUsersLanguage() {
        PlatformConfig candidate = TestConfigs.valid();
        candidate.getEnvironments().get(1).setNamespace("nowhere");

        assertThatThrownBy(() -> SkylarkConfiguration.get().apply(candidate, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOfSatisfying(FormException.class, e -> {
                    assertThat(e.getFormField()).isEqualTo("platform");
                    assertThat(e.getMessage()).contains("shop/dev", "namespace", "环境");
                });
        assertThat(SkylarkConfiguration.get().getModel()).isEqualTo(PlatformModel.empty());
    }
}
