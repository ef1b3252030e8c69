package io.jenkins.plugins.skylark.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.platform.NamespaceBinding;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Project;
import io.jenkins.plugins.skylark.platform.RegistryKind;
import io.jenkins.plugins.skylark.platform.TestPlatform;
import io.jenkins.plugins.skylark.platform.TrafficRouter;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import io.jenkins.plugins.skylark.tenancy.TenancyViolationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformContextResolverTest {

    private static final PlatformModel MODEL = TestPlatform.valid();

    @Test
    void shouldResolveTheEnvironmentsClusterNamespaceAndRegistry() {
        ResolvedPlatformContext context = PlatformContextResolver.resolve(MODEL, "shop", "prod");

        assertThat(context).isEqualTo(new ResolvedPlatformContext("shop", "prod", "east", "https://east.example.com:6443",
                TestPlatform.CA_PEM, false, "shop-prod", "east-token", TrafficRouter.ISTIO, "harbor",
                "https://harbor.example.com", "harbor-robot", false, RegistryKind.HARBOR, "shop"));
    }

    @Test
    void shouldExportTheFourPlatformVariables() {
        Map<String, String> variables = PlatformContextResolver.resolve(MODEL, "blog", "dev").toEnvironment();

        assertThat(variables).containsExactlyInAnyOrderEntriesOf(Map.of("PLATFORM_PROJECT", "blog",
                "PLATFORM_ENVIRONMENT", "dev", "PLATFORM_CLUSTER", "west", "PLATFORM_NAMESPACE", "blog"));
    }

    @Test
    void shouldUseTheProjectsOnlyNamespaceWithoutEnvironment() {
        ResolvedPlatformContext context = PlatformContextResolver.resolve(MODEL, "blog", null);

        assertThat(context.environmentId()).isNull();
        assertThat(context.trafficRouter()).isNull();
        assertThat(context.toEnvironment()).containsEntry("PLATFORM_ENVIRONMENT", "")
                .containsEntry("PLATFORM_CLUSTER", "west").containsEntry("PLATFORM_NAMESPACE", "blog");
        assertThat(context.registryUrl()).isEqualTo("localhost:5000");
        assertThat(context.registryInsecure()).isTrue();
    }

    @Test
    void shouldLeaveClusterAndNamespaceUnsetWhenTheProjectSpansClusters() {
        ResolvedPlatformContext context = PlatformContextResolver.resolve(MODEL, "shop", " ");

        assertThat(context.clusterId()).isNull();
        assertThat(context.apiUrl()).isNull();
        assertThat(context.credentialsId()).isNull();
        assertThat(context.toEnvironment()).containsEntry("PLATFORM_CLUSTER", "").containsEntry("PLATFORM_NAMESPACE", "");
        assertThat(context.registryProject()).isEqualTo("shop");
    }

    @Test
    void shouldResolveTheClusterButNotTheNamespaceWhenAllNamespacesShareOneCluster() {
        TestPlatform platform = new TestPlatform();
        platform.projects.add(new Project("news", "News", null,
                List.of(new NamespaceBinding("west", "news-a"), new NamespaceBinding("west", "news-b")), null, null));

        ResolvedPlatformContext context = PlatformContextResolver.resolve(platform.build(), "news", null);

        assertThat(context.clusterId()).isEqualTo("west");
        assertThat(context.credentialsId()).isEqualTo("west-kubeconfig");
        assertThat(context.namespace()).isNull();
        assertThat(context.registryId()).isNull();
    }

    @Test
    void shouldNameAnUnknownProjectAndListTheKnownOnes() {
        assertThatThrownBy(() -> PlatformContextResolver.resolve(MODEL, "webshop", "dev", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown project 'webshop'; configured projects: shop, blog");
    }

    @Test
    void shouldNameAnUnknownEnvironmentAndItsProject() {
        assertThatThrownBy(() -> PlatformContextResolver.resolve(MODEL, "blog", "prod", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown environment 'prod' in project 'blog'; its environments: dev");
        assertThatThrownBy(() -> PlatformContextResolver.resolve(PlatformModel.empty(), "shop", null,
                Locale.SIMPLIFIED_CHINESE))
                .hasMessage("未知的项目“shop”；已配置的项目：（无）");
    }

    @Test
    void shouldCheckTenancyBeforeResolvingForAJob() {
        List<FolderBinding> folders = List.of(new FolderBinding("blog", "blog"));

        assertThat(PlatformContextResolver.resolveForJob(MODEL, "blog/deploy", folders, "blog", "dev", Locale.ENGLISH)
                .namespace()).isEqualTo("blog");
        assertThatThrownBy(() -> PlatformContextResolver.resolveForJob(MODEL, "blog/deploy", folders, "shop", "dev",
                Locale.ENGLISH))
                .isInstanceOf(TenancyViolationException.class);
    }

    @Test
    void shouldSurviveSerialization() throws Exception {
        ResolvedPlatformContext context = PlatformContextResolver.resolve(MODEL, "shop", "dev");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(context);
        }

        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(context);
        }
    }

    @Test
    void shouldKeepTheCertificateOutOfItsLogForm() {
        assertThat(PlatformContextResolver.resolve(MODEL, "shop", "prod").toString())
                .contains("namespace=shop-prod")
                .doesNotContain("BEGIN CERTIFICATE");
    }
}
