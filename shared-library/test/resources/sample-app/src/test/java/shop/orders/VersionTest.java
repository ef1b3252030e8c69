package shop.orders;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sample's one test, so that platformBuild has JUnit reports to count. */
class VersionTest {

    @Test
    void versionNamesARelease() {
        assertTrue(Version.NAME.matches("v[0-9]+"), Version.NAME);
    }
}
