package io.jenkins.plugins.skylark.platform.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.ViewerLanguage;
import io.jenkins.plugins.skylark.harness.credentials.HarnessCredentialsProvider;
import io.jenkins.plugins.skylark.harness.credentials.TestFileCredentials;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import io.jenkins.plugins.skylark.harness.security.HarnessAuthorization;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The credentials selects of the platform form: only the kinds each field accepts, in the form's
 * context, and only for users allowed to configure it (the credentials plugin's consumer guide).
 */
class CredentialsFieldTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final ClusterConfig.DescriptorImpl cluster = new ClusterConfig.DescriptorImpl();
    private final RegistryConfig.DescriptorImpl registry = new RegistryConfig.DescriptorImpl();
    private HarnessAuthorization authorization;

    @BeforeEach
    void credentialsAndUsers() {
        HarnessCredentialsProvider store = jenkins.credentials();
        store.addGlobal(new TestStringCredentials("k8s-token", "s3cr3t"));
        store.addGlobal(new TestFileCredentials("kubeconfig", "config", "apiVersion: v1".getBytes(StandardCharsets.UTF_8)));
        store.addGlobal(new TestUsernamePasswordCredentials("harbor-push", "robot", "pw"));
        store.addToFolder("shop", new TestStringCredentials("shop-token", "t"));
        store.addToFolder("shop", new TestUsernamePasswordCredentials("shop-push", "robot", "pw"));
        store.addToFolder("other", new TestStringCredentials("other-token", "t"));
        jenkins.folder("shop");
        jenkins.folder("other");
        authorization = jenkins.secure().grant("admin", Jenkins.ADMINISTER).grantOn("shop", "dev", Item.CONFIGURE);
    }

    @Test
    void shouldListOnlyTheKindsEachFieldAcceptsToAnAdministrator() {
        try (ACLContext ignored = jenkins.actAs("admin")) {
            assertThat(values(cluster.doFillCredentialsIdItems(null, "")))
                    .containsExactly("", "k8s-token", "kubeconfig");
            assertThat(values(registry.doFillCredentialsIdItems(null, "")))
                    .containsExactly("", "harbor-push");
        }
    }

    @Test
    void shouldListAFoldersOwnCredentialsInTheFoldersContext() {
        Item shop = jenkins.folder("shop");
        try (ACLContext ignored = jenkins.actAs("dev")) {
            assertThat(values(cluster.doFillCredentialsIdItems(shop, "shop-token")))
                    .containsExactlyInAnyOrder("", "shop-token", "k8s-token", "kubeconfig")
                    .doesNotContain("other-token");
            assertThat(values(registry.doFillCredentialsIdItems(shop, null)))
                    .containsExactlyInAnyOrder("", "shop-push", "harbor-push");
        }
    }

    @Test
    void shouldShowOnlyTheCurrentValueToUsersWhoMayNotConfigure() {
        authorization.grant("viewer", Item.READ);
        try (ACLContext ignored = jenkins.actAs("viewer")) {
            ListBoxModel global = cluster.doFillCredentialsIdItems(null, "k8s-token");
            assertThat(global).hasSize(1);
            assertThat(global.get(0).value).isEqualTo("k8s-token");
            assertThat(values(registry.doFillCredentialsIdItems(jenkins.folder("shop"), "shop-push")))
                    .containsExactly("shop-push");
        }
        try (ACLContext ignored = jenkins.actAs("dev")) {
            assertThat(values(cluster.doFillCredentialsIdItems(null, ""))).as("dev may configure only 'shop'")
                    .containsExactly("");
            assertThat(values(cluster.doFillCredentialsIdItems(jenkins.folder("other"), "other-token")))
                    .containsExactly("other-token");
        }
    }

    @Test
    void shouldKeepACurrentValueThatNoLongerResolves() {
        try (ACLContext ignored = jenkins.actAs("admin")) {
            assertThat(values(cluster.doFillCredentialsIdItems(null, "deleted-token")))
                    .containsExactly("", "deleted-token", "k8s-token", "kubeconfig");
        }
    }

    @Test
    void shouldWarnWhenTheIdDoesNotNameACredentialOfAnAcceptedKind() {
        try (ViewerLanguage language = ViewerLanguage.of(Locale.ENGLISH, Locale.ENGLISH);
                ACLContext ignored = jenkins.actAs("admin")) {
            assertThat(cluster.doCheckCredentialsId(null, "kubeconfig").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(registry.doCheckCredentialsId(null, "").kind).as("anonymous registry").isEqualTo(FormValidation.Kind.OK);

            FormValidation wrongKind = cluster.doCheckCredentialsId(null, "harbor-push");
            assertThat(wrongKind.kind).isEqualTo(FormValidation.Kind.WARNING);
            assertThat(wrongKind.getMessage()).isEqualTo("credentials &#039;harbor-push&#039; are not of a kind this field "
                    + "accepts: secret text (token) or secret file (kubeconfig)");
            FormValidation unknown = registry.doCheckCredentialsId(null, "shop-push");
            assertThat(unknown.kind).isEqualTo(FormValidation.Kind.WARNING);
            assertThat(unknown.getMessage()).startsWith("no credentials with the id &#039;shop-push&#039; are visible here");
            assertThat(cluster.doCheckCredentialsId(null, " ").getMessage()).isEqualTo("must not be empty");
        }
    }

    @Test
    void shouldResolveTheIdInTheFoldersContextAndSayNothingToOthers() {
        try (ViewerLanguage language = ViewerLanguage.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
                ACLContext ignored = jenkins.actAs("dev")) {
            assertThat(registry.doCheckCredentialsId(jenkins.folder("shop"), "shop-push").kind)
                    .isEqualTo(FormValidation.Kind.OK);
            assertThat(cluster.doCheckCredentialsId(jenkins.folder("shop"), "shop-push").getMessage())
                    .isEqualTo("凭据“shop-push”的类型不符合此字段的要求：机密文本（令牌）或机密文件（kubeconfig）");
            assertThat(cluster.doCheckCredentialsId(jenkins.folder("other"), "no-such-id").kind)
                    .as("no answer that reveals which ids exist").isEqualTo(FormValidation.Kind.OK);
            assertThat(cluster.doCheckCredentialsId(null, "no-such-id").kind).isEqualTo(FormValidation.Kind.OK);
        }
    }

    private static java.util.List<String> values(ListBoxModel model) {
        return model.stream().map(option -> option.value).toList();
    }
}
