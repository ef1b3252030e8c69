package io.jenkins.plugins.skylark.platform.page.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.model.ManagementLink;
import hudson.security.ACLContext;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestFileCredentials;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.jenkins.ClusterConfig;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.TestConfigs;
import io.jenkins.plugins.skylark.platform.page.ObjectKind;
import io.jenkins.plugins.skylark.platform.page.PlatformPage;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PlatformLinkTest {
    private static final String ADD_STAGING = "{\"kind\":\"environment\",\"action\":\"add\",\"values\":{\"projectId\":\"shop\","
            + "\"id\":\"staging\",\"clusterId\":\"west\",\"namespace\":\"shop-dr\",\"order\":3}}";

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final PlatformLink link = new PlatformLink();

    @Test
    void shouldBeListedUnderManageJenkinsForAdministrators() {
        assertThat(ManagementLink.all()).anyMatch(PlatformLink.class::isInstance);
        assertThat(link.getUrlName()).isEqualTo("skylark-platform");
        assertThat(link.getRequiredPermission()).isSameAs(Jenkins.ADMINISTER);
        assertThat(link.getCategory()).isEqualTo(ManagementLink.Category.CONFIGURATION);
        assertThat(link.getDisplayName()).isEqualTo("Skylark platform");
    }

    @Test
    void shouldSaveAChangeThroughTheConfigurationSoThatItSurvivesARestart() throws Exception {
        SkylarkConfiguration.get().setPlatform(TestConfigs.valid());
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));

        ApiResponse save = post(PlatformPage::save, ADD_STAGING);
        jenkins.restart();

        assertThat(save.status()).isEqualTo(200);
        assertThat(save.json()).contains("\"folders\":[\"shop\"]");
        assertThat(SkylarkConfiguration.get().getModel().environment("shop", "staging")).isPresent();
        assertThat(Files.readString(jenkins.home().resolve(SkylarkConfiguration.class.getName() + ".xml")))
                .contains("<id>staging</id>");
    }

    @Test
    void shouldKeepThePlatformInForceAndOnDiskWhenAChangeIsRejected() throws Exception {
        SkylarkConfiguration.get().setPlatform(TestConfigs.valid());
        PlatformModel before = SkylarkConfiguration.get().getModel();
        String stored = Files.readString(jenkins.home().resolve(SkylarkConfiguration.class.getName() + ".xml"));

        ApiResponse save = post(PlatformPage::save, ADD_STAGING.replace("shop-dr", "blog"));

        assertThat(save.status()).isEqualTo(400);
        assertThat(save.json()).contains("\"field\":\"namespace\"", "\"id\":\"shop/staging\"");
        assertThat(SkylarkConfiguration.get().getModel()).isSameAs(before);
        assertThat(Files.readString(jenkins.home().resolve(SkylarkConfiguration.class.getName() + ".xml"))).isEqualTo(stored);
    }

    @Test
    void shouldAnswer403ToAUserWhoMayNotAdministerAndChangeNothing() throws Exception {
        SkylarkConfiguration.get().setPlatform(TestConfigs.valid());
        jenkins.secure().grant("admin", Jenkins.ADMINISTER).grant("bob", Item.READ, Item.CONFIGURE);
        PlatformModel before = SkylarkConfiguration.get().getModel();

        ApiResponse model;
        ApiResponse save;
        try (ACLContext ignored = jenkins.actAs("bob")) {
            model = model();
            save = post(PlatformPage::save, ADD_STAGING);
        }
        ApiResponse asAdmin;
        try (ACLContext ignored = jenkins.actAs("admin")) {
            asAdmin = model();
        }

        assertThat(model.status()).isEqualTo(403);
        assertThat(model.json()).doesNotContain("east");
        assertThat(save.status()).isEqualTo(403);
        assertThat(SkylarkConfiguration.get().getModel()).isSameAs(before);
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.json()).contains("\"id\":\"east\"");
    }

    @Test
    void shouldTestAClusterWithItsGlobalTokenOrKubeconfigAndNeverAnswerTheSecret() throws Exception {
        try (FakeKubernetes kubernetes = FakeKubernetes.builder().namespaces("shop-dev", "shop-prod").start()) {
            jenkins.credentials().addGlobal(new TestStringCredentials("fake-token", kubernetes.token()));
            jenkins.credentials().addGlobal(new TestFileCredentials("fake-kubeconfig", "config",
                    kubernetes.kubeconfig().getBytes(StandardCharsets.UTF_8)));
            SkylarkConfiguration.get().setPlatform(withCluster(TestConfigs.valid(), "fake", kubernetes.url(), "fake-token"));
            SkylarkConfiguration.get().setPlatform(withCluster(SkylarkConfiguration.get().getPlatform(), "fake2",
                    kubernetes.url(), "fake-kubeconfig"));

            ApiResponse token = post(page -> page.testConnection(ObjectKind.CLUSTER), "{\"id\":\"fake\"}");
            ApiResponse kubeconfig = post(page -> page.testConnection(ObjectKind.CLUSTER), "{\"id\":\"fake2\"}");
            ApiResponse model = model();

            assertThat(token.json()).contains("\"ok\":true", "Cluster 'fake' answers").doesNotContain(kubernetes.token());
            assertThat(kubeconfig.json()).contains("\"ok\":true");
            assertThat(model.json()).contains("fake-token").doesNotContain(kubernetes.token());
        }
    }

    @Test
    void shouldNameAMissingCredential() throws Exception {
        SkylarkConfiguration.get().setPlatform(TestConfigs.valid());

        ApiResponse call = post(page -> page.testConnection(ObjectKind.CLUSTER), "{\"id\":\"east\"}");

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.json()).contains("\"ok\":false", "There is no global credential 'east-token'.");
    }

    /** What {@code doModel} answers (Stapler's request and response are thin around it: {@code StaplerApi}). */
    private static ApiResponse model() {
        return ApiEndpoint.answer(PlatformLink.page(Locale.ENGLISH).model(), ApiRequest.get(Map.of(), Locale.ENGLISH), false);
    }

    /** What a {@code @POST doXxx} answers. */
    private static ApiResponse post(Function<PlatformPage, ApiEndpoint> endpoint, String body) {
        return ApiEndpoint.answer(endpoint.apply(PlatformLink.page(Locale.ENGLISH)), ApiRequest.post(body, Locale.ENGLISH),
                true);
    }

    private static PlatformConfig withCluster(PlatformConfig platform, String id, String url, String credentialsId) {
        ClusterConfig cluster = new ClusterConfig(id);
        cluster.setApiUrl(url);
        cluster.setCredentialsId(credentialsId);
        List<ClusterConfig> clusters = new ArrayList<>(platform.getClusters());
        clusters.add(cluster);
        platform.setClusters(clusters);
        return platform;
    }
}
