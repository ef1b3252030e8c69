package io.jenkins.plugins.skylark.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssueKeysTest {
    private final IssueKeys keys = IssueKeys.of(List.of("SHOP", "PAY_2"));

    @Test
    void findsKeysOfTheProjectsInMessagesOnceInOrder() {
        assertThat(keys.inMessages(List.of("SHOP-12 cart total (PAY_2-7)", "Fix SHOP-3, again SHOP-12",
                "Merge 'feature/SHOP-4'"))).containsExactly("SHOP-12", "PAY_2-7", "SHOP-3", "SHOP-4");
    }

    @Test
    void keysMustStandAloneAndBeUpperCaseInMessages() {
        assertThat(keys.inMessages(List.of("XSHOP-1 SHOP-2a SHOP-0 SHOP-012 shop-5 OPS-6 SHOP_7 SHOP-"))).isEmpty();
        assertThat(keys.inMessages(List.of("[SHOP-1]: x/SHOP-2.SHOP-3\nSHOP-4"))).containsExactly("SHOP-1", "SHOP-2",
                "SHOP-3", "SHOP-4");
    }

    @Test
    void branchNamesIgnoreCase() {
        assertThat(keys.inBranch("feature/shop-12-cart-total")).containsExactly("SHOP-12");
        assertThat(keys.inBranch("origin/SHOP-3x-and-pay_2-4")).containsExactly("PAY_2-4");
        assertThat(keys.inBranch(null)).isEmpty();
    }

    @Test
    void badProjectKeysAreNamed() {
        assertThatThrownBy(() -> IssueKeys.of(List.of("SHOP", "shop.*"))).hasMessageContaining("'shop.*'");
        assertThatThrownBy(() -> IssueKeys.of(List.of()))
                .hasMessageContaining("JIRA project keys");
    }

    @Test
    void projectOfAKey() {
        assertThat(IssueKeys.projectOf("PAY_2-7")).isEqualTo("PAY_2");
    }
}
