package io.jenkins.plugins.skylark.platform.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.harness.ViewerLanguage;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The configuration form's checks and selects, as the descriptors answer them, in the viewer's language. */
class FormFieldsTest {

    @Test
    void shouldAcceptValidFieldsAndRejectInvalidOnes() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.ENGLISH, Locale.ENGLISH)) {
            ClusterConfig.DescriptorImpl cluster = new ClusterConfig.DescriptorImpl();
            assertThat(cluster.doCheckApiUrl("https://k8s.example.com").kind).isEqualTo(FormValidation.Kind.OK);
            FormValidation bad = cluster.doCheckApiUrl("ftp://k8s");
            assertThat(bad.kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(bad.getMessage()).isEqualTo("&#039;ftp://k8s&#039; must start with https:// (or http://)");
            assertThat(cluster.doCheckId("north").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(new RegistryConfig.DescriptorImpl().doCheckUrl("http://127.0.0.1:5000", false).kind)
                    .isEqualTo(FormValidation.Kind.ERROR);
            assertThat(new RegistryConfig.DescriptorImpl().doCheckUrl("http://127.0.0.1:5000", true).kind)
                    .isEqualTo(FormValidation.Kind.OK);
            assertThat(new NamespaceConfig.DescriptorImpl().doCheckNamespace("Shop").kind)
                    .isEqualTo(FormValidation.Kind.ERROR);
            assertThat(new EnvironmentConfig.DescriptorImpl().doCheckNamespace("shop-dev").kind)
                    .isEqualTo(FormValidation.Kind.OK);
            assertThat(new ProjectConfig.DescriptorImpl().doCheckId("").getMessage()).isEqualTo("must not be empty");
        }
    }

    @Test
    void shouldEscapeWhatTheUserTypedBeforeThePageShowsIt() {
        FormValidation check = new EnvironmentConfig.DescriptorImpl().doCheckId("<script>");

        assertThat(check.getMessage()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void shouldAnswerInTheViewersLanguage() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(new ProjectConfig.DescriptorImpl().doCheckId(" ").getMessage()).isEqualTo("不能为空");
            assertThat(new EnvironmentConfig.DescriptorImpl().doFillTrafficRouterItems().get(0).name).isEqualTo("（无）");
        }
    }

    @Test
    void shouldOfferFixedChoicesAsSelects() {
        ListBoxModel kinds = new RegistryConfig.DescriptorImpl().doFillKindItems();
        ListBoxModel routers = new EnvironmentConfig.DescriptorImpl().doFillTrafficRouterItems();

        assertThat(kinds).extracting(option -> option.value).containsExactly("harbor", "oci");
        assertThat(routers).extracting(option -> option.value).containsExactly("", "nginx", "istio", "gateway-api");
    }
}
