package io.jenkins.plugins.skylark.tenancy.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FolderBindingsTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @Test
    void shouldListEveryEnclosingFolderInnermostFirstWithItsProject() throws Exception {
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        jenkins.folder("shop/backend/blog-team").addProperty(new PlatformProjectProperty(" blog "));

        assertThat(FolderBindings.of(jenkins.job("shop/backend/blog-team/api"))).containsExactly(
                new FolderBinding("shop/backend/blog-team", "blog"),
                new FolderBinding("shop/backend", null),
                new FolderBinding("shop", "shop"));
    }

    @Test
    void shouldListNothingForAJobOutsideFolders() {
        assertThat(FolderBindings.of(jenkins.job("loose"))).isEmpty();
    }

    @Test
    void shouldTreatAnEmptyPropertyAsUnbound() throws Exception {
        jenkins.folder("team").addProperty(new PlatformProjectProperty(""));

        assertThat(FolderBindings.of(jenkins.job("team/app"))).containsExactly(new FolderBinding("team", null));
    }
}
