package io.jenkins.plugins.skylark.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The checks a form runs on one field while the user types: same rules and texts as the whole validation. */
class FieldCheckTest {
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void shouldCheckIds() {
        assertThat(FieldCheck.id("shop-1", EN)).isEmpty();
        assertThat(FieldCheck.id("Shop_1", EN)).hasValueSatisfying(text -> assertThat(text)
                .startsWith("'Shop_1' is not a valid id").contains("DNS-1123"));
        assertThat(FieldCheck.id(" ", EN)).contains("must not be empty");
        assertThat(FieldCheck.id(null, Locale.SIMPLIFIED_CHINESE)).contains("不能为空");
    }

    @Test
    void shouldCheckNamespaces() {
        assertThat(FieldCheck.namespace("shop-dev", EN)).isEmpty();
        assertThat(FieldCheck.namespace("Shop", EN)).hasValueSatisfying(text ->
                assertThat(text).startsWith("'Shop' is not a valid namespace name"));
    }

    @Test
    void shouldCheckClusterApiUrls() {
        assertThat(FieldCheck.apiUrl("https://k8s.example.com:6443", EN)).isEmpty();
        assertThat(FieldCheck.apiUrl("ftp://k8s", EN)).contains("'ftp://k8s' must start with https:// (or http://)");
        assertThat(FieldCheck.apiUrl("https://admin:pw@k8s.example.com", EN))
                .hasValueSatisfying(text -> assertThat(text).contains("must not contain a user name or password"));
        assertThat(FieldCheck.apiUrl("", EN)).contains("must not be empty");
    }

    @Test
    void shouldCheckRegistryAddresses() {
        assertThat(FieldCheck.registryUrl("harbor.example.com", false, EN)).isEmpty();
        assertThat(FieldCheck.registryUrl("https://r.example.com/v2", false, EN))
                .hasValueSatisfying(text -> assertThat(text).contains("without a path"));
        assertThat(FieldCheck.registryUrl("http://127.0.0.1:5000", false, EN))
                .hasValueSatisfying(text -> assertThat(text).contains("uses plain HTTP"));
        assertThat(FieldCheck.registryUrl("http://127.0.0.1:5000", true, EN)).isEmpty();
    }

    @Test
    void shouldOfferTheFixedChoicesAsWritten() {
        assertThat(FieldCheck.registryKinds()).containsExactly("harbor", "oci")
                .allSatisfy(kind -> assertThat(RegistryKind.parse(kind)).isNotNull());
        assertThat(FieldCheck.trafficRouters()).containsExactly("nginx", "istio", "gateway-api")
                .allSatisfy(router -> assertThat(TrafficRouter.parse(router)).isNotNull());
        assertThat(FieldCheck.none(Locale.SIMPLIFIED_CHINESE)).isEqualTo("（无）");
    }
}
