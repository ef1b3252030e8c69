package io.jenkins.plugins.skylark.git;

import static io.jenkins.plugins.skylark.git.GitHistory.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitLinkerTest {

    private static final String GONE = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path workspace;

    private GitHistory git;
    private final CommitLinker linker = new CommitLinker();

    @BeforeEach
    void createRepository() throws Exception {
        git = GitHistory.init(workspace);
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    @Test
    void shouldLinkTheCommitsSinceThePreviousDeploymentWithBothTimes() throws Exception {
        RevCommit previous = git.commit(0, 1);
        RevCommit first = git.commit(2, 3);
        RevCommit deployed = git.commit(4, 5);

        LinkedCommits linked = linker.link(workspace, new CommitRange(deployed.getName(), previous.getName(), day(1)));

        assertThat(linked.basis()).isEqualTo(LinkedCommits.Basis.SINCE_PREVIOUS);
        assertThat(linked.commits()).containsExactly(
                new GitCommit(first.getName(), day(2), day(3), "change 2"),
                new GitCommit(deployed.getName(), day(4), day(5), "change 3"));
        assertThat(linked.warning()).isNull();
    }

    @Test
    void shouldLinkAMergeCommitAndTheCommitsItMerged() throws Exception {
        RevCommit previous = git.commit(0, 0);
        git.branch("feature", previous);
        RevCommit feature = git.commit(1, 1);
        git.checkout("main");
        RevCommit onMain = git.commit(2, 2);
        RevCommit merge = git.merge("feature", 3);

        LinkedCommits linked = linker.link(workspace, new CommitRange(merge.getName(), previous.getName(), day(0)));

        assertThat(linked.commits()).extracting(GitCommit::id)
                .containsExactly(feature.getName(), onMain.getName(), merge.getName());
    }

    @Test
    void shouldLinkOnlyTheDeployedCommitOnTheFirstDeployment() throws Exception {
        git.commit(0, 0);
        RevCommit deployed = git.commit(1, 1);

        LinkedCommits linked = linker.link(workspace, CommitRange.firstDeployment(deployed.getName()));

        assertThat(linked.basis()).isEqualTo(LinkedCommits.Basis.FIRST_DEPLOYMENT);
        assertThat(linked.commits()).extracting(GitCommit::id).containsExactly(deployed.getName());
    }

    @Test
    void shouldFallBackToTheCommitsAfterThePreviousDeploymentWhenItsCommitIsGone() throws Exception {
        git.commit(0, 1);
        RevCommit afterDeployment = git.commit(2, 3);
        RevCommit deployed = git.commit(4, 5);

        LinkedCommits linked = linker.link(workspace, new CommitRange(deployed.getName(), GONE, day(2)));

        assertThat(linked.basis()).isEqualTo(LinkedCommits.Basis.SINCE_PREVIOUS_TIME);
        assertThat(linked.commits()).extracting(GitCommit::id)
                .containsExactly(afterDeployment.getName(), deployed.getName());
        assertThat(linked.warning()).contains(GONE).contains("force-push");
    }

    @Test
    void shouldLinkOnlyTheDeployedCommitWhenThePreviousIsGoneAndItsTimeUnknown() throws Exception {
        git.commit(0, 1);
        RevCommit deployed = git.commit(4, 5);

        LinkedCommits linked = linker.link(workspace, new CommitRange(deployed.getName(), GONE, null));

        assertThat(linked.basis()).isEqualTo(LinkedCommits.Basis.DEPLOYED_ONLY);
        assertThat(linked.commits()).extracting(GitCommit::id).containsExactly(deployed.getName());
        assertThat(linked.warning()).contains(GONE);
    }

    @Test
    void shouldLinkNothingWhenTheSameCommitIsDeployedAgain() throws Exception {
        RevCommit deployed = git.commit(0, 0);

        LinkedCommits linked = linker.link(workspace, new CommitRange(deployed.getName(), deployed.getName(), day(0)));

        assertThat(linked.commits()).isEmpty();
    }

    @Test
    void shouldFindTheRepositoryFromAFolderInsideTheWorkTree() throws Exception {
        RevCommit deployed = git.commit(0, 0);

        LinkedCommits linked = linker.link(workspace.resolve("sub/dir"), CommitRange.firstDeployment(deployed.getName()));

        assertThat(linked.commits()).hasSize(1);
    }

    @Test
    void shouldRejectADeployedCommitThatIsNotInTheRepository() throws Exception {
        git.commit(0, 0);

        assertThatThrownBy(() -> linker.link(workspace, CommitRange.firstDeployment(GONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(GONE)
                .hasMessageContaining(workspace.toString());
    }

    @Test
    void shouldRejectAFolderWithoutRepository(@TempDir Path empty) {
        assertThatThrownBy(() -> linker.link(empty, CommitRange.firstDeployment(GONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(empty.toString());
    }
}
