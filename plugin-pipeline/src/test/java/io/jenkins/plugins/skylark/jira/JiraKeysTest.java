package io.jenkins.plugins.skylark.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JiraKeysTest {
    private static final List<String> PROJECTS = List.of("SHOP", "PAY_2");

    @Test
    void branchNamesIgnoreCase() {
        assertThat(JiraKeys.inBranch("feature/shop-12-cart-total", PROJECTS)).containsExactly("SHOP-12");
        assertThat(JiraKeys.inBranch("origin/SHOP-3x-and-pay_2-4", PROJECTS)).containsExactly("PAY_2-4");
        assertThat(JiraKeys.inBranch("xshop-1/ops-2", PROJECTS)).isEmpty();
        assertThat(JiraKeys.inBranch(null, PROJECTS)).isEmpty();
    }

    @Test
    void noProjectsFindNothingRatherThanAnything() {
        assertThat(JiraKeys.inBranch("feature/SHOP-12", List.of())).isEmpty();
    }

    @Test
    void keysAndProjectKeysAreChecked() {
        assertThatThrownBy(() -> JiraKeys.requireKey("../admin")).hasMessageContaining("'../admin'");
        assertThatThrownBy(() -> JiraKeys.requireKey("SHOP-012")).hasMessageContaining("'SHOP-012'");
        assertThatThrownBy(() -> JiraKeys.requireProjectKey("shop.*")).hasMessageContaining("'shop.*'");
        JiraKeys.requireKey("PAY_2-7");
        JiraKeys.requireProjectKey("PAY_2");
    }

    @Test
    void projectOfAKey() {
        assertThat(JiraKeys.projectOf("PAY_2-7")).isEqualTo("PAY_2");
    }
}
