package io.jenkins.plugins.skylark.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.TestPlatform;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TenancyPolicyTest {

    private static final PlatformModel MODEL = TestPlatform.valid();

    @Test
    void shouldAllowJobInFolderBoundToTheProject() {
        FolderBinding granted = TenancyPolicy.check("shop/build", List.of(bound("shop", "shop")), "shop", MODEL,
                Locale.ENGLISH);

        assertThat(granted).isEqualTo(bound("shop", "shop"));
    }

    @Test
    void shouldAllowJobNestedDeepBelowTheBoundFolderPastUnboundFolders() {
        List<FolderBinding> folders = List.of(unbound("shop/team/backend"), unbound("shop/team"), bound("shop", "shop"));

        assertThat(TenancyPolicy.check("shop/team/backend/build", folders, "shop", MODEL, Locale.ENGLISH).folderFullName())
                .isEqualTo("shop");
    }

    @Test
    void shouldRefuseJobWhoseFoldersAreNotBound() {
        assertThatThrownBy(() -> TenancyPolicy.check("misc/tools/build", List.of(unbound("misc/tools"), unbound("misc")),
                "shop", MODEL, Locale.ENGLISH))
                .isInstanceOfSatisfying(TenancyViolationException.class, e -> {
                    assertThat(e.getFolderFullName()).isNull();
                    assertThat(e.getJobFullName()).isEqualTo("misc/tools/build");
                })
                .hasMessage("Job 'misc/tools/build' may not act on project 'shop': no enclosing folder is bound to a "
                        + "project. Bind one of the job's folders to project 'shop'.");
    }

    @Test
    void shouldRefuseTopLevelJob() {
        assertThatThrownBy(() -> TenancyPolicy.check("build", List.of(), "shop", MODEL, Locale.ENGLISH))
                .isInstanceOf(TenancyViolationException.class)
                .hasMessageContaining("Job 'build' may not act on project 'shop'");
    }

    @Test
    void shouldRefuseJobInFolderBoundToAnotherProject() {
        assertThatThrownBy(() -> TenancyPolicy.check("blog/build", List.of(bound("blog", "blog")), "shop", MODEL,
                Locale.ENGLISH))
                .isInstanceOfSatisfying(TenancyViolationException.class,
                        e -> assertThat(e.getFolderFullName()).isEqualTo("blog"))
                .hasMessage("Job 'blog/build' may not act on project 'shop': its folder 'blog' is bound to project 'blog'.");
    }

    @Test
    void shouldLetTheNearestBindingOverrideAnOuterOne() {
        List<FolderBinding> folders = List.of(bound("shop/blog-team", "blog"), bound("shop", "shop"));

        assertThat(TenancyPolicy.check("shop/blog-team/build", folders, "blog", MODEL, Locale.ENGLISH).projectId())
                .isEqualTo("blog");
        assertThatThrownBy(() -> TenancyPolicy.check("shop/blog-team/build", folders, "shop", MODEL, Locale.ENGLISH))
                .hasMessageContaining("its folder 'shop/blog-team' is bound to project 'blog'");
    }

    @Test
    void shouldRefuseFolderStillBoundToARenamedProject() {
        List<FolderBinding> folders = List.of(bound("shop", "webshop"));

        assertThatThrownBy(() -> TenancyPolicy.check("shop/build", folders, "webshop", MODEL, Locale.ENGLISH))
                .isInstanceOf(TenancyViolationException.class)
                .hasMessageContaining("its folder 'shop' is bound to project 'webshop', which does not exist");
        assertThatThrownBy(() -> TenancyPolicy.check("shop/build", folders, "shop", MODEL, Locale.ENGLISH))
                .hasMessageContaining("Job 'shop/build' may not act on project 'shop'")
                .hasMessageContaining("bound to project 'webshop', which does not exist");
    }

    @Test
    void shouldRefuseEverythingAgainstAnEmptyModel() {
        assertThatThrownBy(() -> TenancyPolicy.check("shop/build", List.of(bound("shop", "shop")), "shop",
                PlatformModel.empty(), Locale.ENGLISH))
                .hasMessageContaining("which does not exist");
    }

    @Test
    void shouldExplainInChinese() {
        assertThatThrownBy(() -> TenancyPolicy.check("blog/build", List.of(bound("blog", "blog")), "shop", MODEL,
                Locale.SIMPLIFIED_CHINESE))
                .hasMessage("任务“blog/build”无权操作项目“shop”：其文件夹“blog”绑定的是项目“blog”。");
    }

    @Test
    void shouldRejectFoldersThatDoNotEncloseTheJob() {
        assertThatThrownBy(() -> TenancyPolicy.check("blog/build", List.of(bound("shop", "shop")), "shop", MODEL,
                Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("folder 'shop' does not enclose 'blog/build'");
        assertThatThrownBy(() -> TenancyPolicy.check("a/b/build", List.of(unbound("a"), unbound("a/b")), "shop", MODEL,
                Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("innermost first");
    }

    @Test
    void shouldTreatABlankProjectAsUnbound() {
        assertThat(new FolderBinding("shop", " ").isBound()).isFalse();
        assertThat(TenancyPolicy.effectiveBinding(List.of(new FolderBinding("a/b", ""), bound("a", "shop"))))
                .contains(bound("a", "shop"));
    }

    private static FolderBinding bound(String folder, String project) {
        return new FolderBinding(folder, project);
    }

    private static FolderBinding unbound(String folder) {
        return new FolderBinding(folder, null);
    }
}
