package io.jenkins.plugins.skylark.image.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.context.PlatformContextResolver;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.image.ImageBuildException;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.TestPlatform;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageDestinationTest {

    private final PlatformModel model = TestPlatform.valid();
    private final ResolvedPlatformContext shop = PlatformContextResolver.resolve(model, "shop", "dev");

    @Test
    void shouldTakeTheRepositoryFromTheApplicationAndTheProjectsRegistry() {
        ImageDestination destination = ImageDestination.resolve(model, shop, "web", null);

        assertThat(destination.repository()).isEqualTo("shop/web");
        assertThat(destination.registry().id()).isEqualTo("harbor");
        assertThat(destination.registry().credentialsId()).isEqualTo("harbor-robot");
        assertThat(destination.isArchive()).isFalse();
    }

    @Test
    void shouldPushToAnotherConfiguredRegistryWhenNamed() {
        assertThat(ImageDestination.resolve(model, shop, "web", "local").registry().host()).isEqualTo("localhost:5000");
    }

    @Test
    void shouldWriteAnArchiveWhenTheProjectHasNoRegistry() {
        TestPlatform platform = new TestPlatform();
        platform.projects.replaceAll(p -> new io.jenkins.plugins.skylark.platform.Project(p.id(), p.displayName(),
                p.displayNameZh(), p.namespaces(), null, null));
        PlatformModel noRegistry = platform.build();

        ImageDestination destination = ImageDestination.resolve(noRegistry,
                PlatformContextResolver.resolve(noRegistry, "shop", null), "web", null);

        assertThat(destination.isArchive()).isTrue();
        assertThat(destination.repository()).isEqualTo("shop/web");
    }

    @Test
    void shouldNameUnknownApplicationsAndRegistriesWithTheKnownOnes() {
        assertThatThrownBy(() -> ImageDestination.resolve(model, shop, "orders", null))
                .hasMessage("application: 'orders' is not an application of project 'shop' (its applications: web)");
        assertThatThrownBy(() -> ImageDestination.resolve(model, shop, "web", "quay"))
                .hasMessage("registry: 'quay' is not a configured registry (configured: harbor, local)");
        assertThatThrownBy(() -> ImageDestination.resolve(model, shop, " ", null))
                .hasMessageStartingWith("application is required");
    }

    @Test
    void shouldReadNameValueEntriesAndNameTheBadOne() throws Exception {
        assertThat(KeyValues.parse("env", List.of("A=1", "B=x=y", "A=2"))).containsExactly(
                java.util.Map.entry("A", "2"), java.util.Map.entry("B", "x=y"));
        assertThatThrownBy(() -> KeyValues.parse("labels", List.of("team")))
                .isInstanceOf(ImageBuildException.class).hasMessage("labels: 'team' is not of the form NAME=value");
    }
}
