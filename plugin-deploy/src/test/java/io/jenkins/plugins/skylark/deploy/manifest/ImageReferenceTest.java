package io.jenkins.plugins.skylark.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {
    static final String DIGEST = "sha256:" + "a".repeat(64);

    @Test
    void shouldSplitRegistryWithPortTagAndDigest() {
        ImageReference image = ImageReference.parse("registry.example:5000/shop/orders:1.4@" + DIGEST, false);

        assertThat(image.repository()).isEqualTo("registry.example:5000/shop/orders");
        assertThat(image.tag()).isEqualTo("1.4");
        assertThat(image.digest()).isEqualTo(DIGEST);
        assertThat(image).hasToString("registry.example:5000/shop/orders:1.4@" + DIGEST);
    }

    @Test
    void shouldRefuseATagOnlyImageUnlessAllowed() {
        assertThatThrownBy(() -> ImageReference.parse("registry.example/shop/orders:1.4", false))
                .hasMessageContaining("'registry.example/shop/orders:1.4' is not pinned by digest");
        assertThat(ImageReference.parse("registry.example/shop/orders:1.4", true).tag()).isEqualTo("1.4");
    }

    @Test
    void shouldRefuseAMalformedDigest() {
        assertThatThrownBy(() -> ImageReference.parse("orders@sha256:abc", false))
                .hasMessageContaining("not a sha256 or sha512 digest");
    }
}
