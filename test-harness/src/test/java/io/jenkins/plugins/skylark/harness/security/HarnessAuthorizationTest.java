package io.jenkins.plugins.skylark.harness.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.access.AccessDeniedException;

/** The test Jenkins answers permission checks as Jenkins does, once a test secures it. */
class HarnessAuthorizationTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @Test
    void shouldLetEveryoneDoEverythingUntilSecured() {
        try (ACLContext ignored = jenkins.actAs("nobody")) {
            assertThat(jenkins.jenkins().hasPermission(Jenkins.ADMINISTER)).isTrue();
            assertThat(jenkins.folder("shop").hasPermission(Item.CONFIGURE)).isTrue();
        }
    }

    @Test
    void shouldDenyWhatIsNotGrantedOnceSecured() {
        jenkins.secure();

        assertThat(Jenkins.getAuthentication2()).isEqualTo(Jenkins.ANONYMOUS2);
        assertThat(jenkins.jenkins().hasPermission(Jenkins.ADMINISTER)).isFalse();
        try (ACLContext ignored = jenkins.actAs("mallory")) {
            assertThat(jenkins.jenkins().hasPermission(Jenkins.ADMINISTER)).isFalse();
            assertThat(jenkins.job("shop/orders").hasPermission(Item.READ)).isFalse();
            assertThatThrownBy(() -> jenkins.jenkins().checkPermission(Jenkins.ADMINISTER))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("mallory is missing the Jenkins/Administer permission");
        }
    }

    @Test
    void shouldLetAdministratorsDoEverything() {
        jenkins.secure().grant("admin", Jenkins.ADMINISTER);

        try (ACLContext ignored = jenkins.actAs("admin")) {
            assertThat(Jenkins.getAuthentication2().getName()).isEqualTo("admin");
            assertThat(jenkins.jenkins().hasPermission(Jenkins.ADMINISTER)).isTrue();
            assertThat(jenkins.folder("shop").hasPermission(Item.EXTENDED_READ)).isTrue();
            assertThat(jenkins.folder("shop").hasPermission(CredentialsProvider.USE_ITEM)).isTrue();
        }
        assertThat(Jenkins.getAuthentication2()).as("identity restored on close").isEqualTo(Jenkins.ANONYMOUS2);
    }

    @Test
    void shouldApplyAFoldersGrantsToWhatIsInsideItOnly() {
        jenkins.secure().grantOn("shop", "dev", Item.CONFIGURE);
        jenkins.job("shop/orders");
        jenkins.folder("other");

        try (ACLContext ignored = jenkins.actAs("dev")) {
            assertThat(jenkins.folder("shop").hasPermission(Item.CONFIGURE)).isTrue();
            assertThat(jenkins.jenkins().getItemByFullName("shop/orders").hasPermission(Item.CONFIGURE)).isTrue();
            assertThat(jenkins.folder("other").hasPermission(Item.CONFIGURE)).isFalse();
            assertThat(jenkins.folder("shopping").hasPermission(Item.CONFIGURE)).as("not a prefix match").isFalse();
            assertThat(jenkins.jenkins().hasPermission(Jenkins.ADMINISTER)).isFalse();
        }
    }

    @Test
    void shouldGrantADisabledPermissionOnlyThroughTheOneThatImpliesIt() {
        jenkins.secure().grantOn("shop", "reader", Item.READ, Item.EXTENDED_READ).grantOn("shop", "dev", Item.CONFIGURE);

        assertThat(Item.EXTENDED_READ.enabled).as("Jenkins' default").isFalse();
        try (ACLContext ignored = jenkins.actAs("reader")) {
            assertThat(jenkins.folder("shop").hasPermission(Item.READ)).isTrue();
            assertThat(jenkins.folder("shop").hasPermission(Item.EXTENDED_READ)).isFalse();
        }
        try (ACLContext ignored = jenkins.actAs("dev")) {
            assertThat(jenkins.folder("shop").hasPermission(Item.EXTENDED_READ)).isTrue();
        }
    }

    @Test
    void shouldLetSystemDoEverything() {
        jenkins.secure();

        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            assertThat(jenkins.jenkins().hasPermission(Jenkins.ADMINISTER)).isTrue();
            assertThat(jenkins.folder("shop").hasPermission(Item.CONFIGURE)).isTrue();
        }
    }
}
