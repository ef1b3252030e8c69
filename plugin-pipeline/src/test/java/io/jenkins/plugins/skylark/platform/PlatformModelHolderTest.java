package io.jenkins.plugins.skylark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlatformModelHolderTest {

    @Test
    void shouldPutAValidModelInForce() {
        PlatformModelHolder holder = new PlatformModelHolder();
        PlatformModel model = TestPlatform.valid();

        holder.replace(model);

        assertThat(holder.current()).isSameAs(model);
    }

    @Test
    void shouldRejectAnInvalidModelWholeAndKeepThePreviousOne() {
        PlatformModel previous = TestPlatform.valid();
        PlatformModelHolder holder = new PlatformModelHolder(previous);
        TestPlatform broken = new TestPlatform();
        broken.clusters.add(PlatformValidatorTest.cluster("north", "ftp://n.example.com"));
        broken.environments.add(PlatformValidatorTest.environment("shop", "qa", "east", "blog", 5));

        assertThatThrownBy(() -> holder.replace(broken.build(), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidPlatformModelException.class, e -> assertThat(e.getProblems()).hasSize(2))
                .hasMessageContaining("rejected (2 problem(s)); the previous configuration stays in force")
                .hasMessageContaining("cluster 'north', field 'apiUrl': 'ftp://n.example.com' must start with https://")
                .hasMessageContaining("environment 'shop/qa', field 'namespace': namespace 'blog' on cluster 'east'");
        assertThat(holder.current()).isSameAs(previous);
    }

    @Test
    void shouldStartEmpty() {
        assertThat(new PlatformModelHolder().current()).isEqualTo(PlatformModel.empty());
    }
}
