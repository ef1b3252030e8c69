package io.jenkins.plugins.skylark.library.cps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 §2: the shared library's CPS-safety checked by groovy-cps' transformer rather than by review.
 * The fixtures under {@code test/resources/cps-fixtures} are small libraries that show the check fails
 * on each kind of problem it guards against, and passes their safe counterpart.
 */
class CpsSafetyTest {

    private static final Path FIXTURES = Path.of("test", "resources", "cps-fixtures");

    @Test
    void shouldFindTheSharedLibraryCpsSafe() throws IOException {
        assertThat(CpsSafetyCheck.check(Path.of("."))).isEmpty();
    }

    @Test
    void shouldRejectWhatTheTransformerCannotTransformInAGlobalVariable() throws IOException {
        assertThat(CpsSafetyCheck.check(FIXTURES.resolve("synchronized"))).singleElement().asString()
                .startsWith("vars/oneAtATime.groovy: CPS transformation failed")
                .contains("synchronized is unsupported for CPS transformation");
    }

    @Test
    void shouldRejectWhatTheTransformerCannotTransformInALibraryClass() throws IOException {
        assertThat(CpsSafetyCheck.check(FIXTURES.resolve("spread"))).singleElement().asString()
                .startsWith("src/fixture/Joiner.groovy: CPS transformation failed")
                .contains("spread not yet supported for CPS transformation");
    }

    @Test
    void shouldFlagAClosureHandedToAMethodThatDoesNotRunAsCps() throws IOException {
        assertThat(CpsSafetyCheck.check(FIXTURES.resolve("closure-to-sort"))).singleElement().asString()
                .startsWith("vars/sortedNames.groovy:3: closure passed to 'sort' in CPS method 'call'");
    }

    @Test
    void shouldAcceptNonCpsMethodsTranslatedMethodsAndStepBodies() throws IOException {
        assertThat(CpsSafetyCheck.check(FIXTURES.resolve("safe"))).isEmpty();
        assertThat(CpsSafetyCheck.CPS_TRANSLATED).contains("each", "collect", "findAll").doesNotContain("sort");
    }
}
