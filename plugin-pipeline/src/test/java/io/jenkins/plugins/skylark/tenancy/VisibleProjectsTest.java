package io.jenkins.plugins.skylark.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.web.FixedViewer;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisibleProjectsTest {

    private final List<FolderBinding> folders = List.of(new FolderBinding("shop", "shop"),
            new FolderBinding("shop/backend", "shop"), new FolderBinding("bank", "bank"),
            new FolderBinding("misc", null));

    @Test
    void shouldShowOnlyProjectsWithAFolderTheUserMayRead() {
        assertThat(VisibleProjects.of(FixedViewer.reading("alice", "shop/backend"), folders)).containsExactly("shop");
        assertThat(VisibleProjects.of(FixedViewer.reading("bob"), folders)).isEmpty();
    }

    @Test
    void shouldShowEveryBoundProjectToAnAdministrator() {
        assertThat(VisibleProjects.of(FixedViewer.administrator(), folders)).containsExactly("bank", "shop");
    }
}
