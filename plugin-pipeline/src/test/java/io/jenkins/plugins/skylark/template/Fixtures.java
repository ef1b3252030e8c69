package io.jenkins.plugins.skylark.template;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Template folders next to the tests, under {@code fixtures/}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path folder(String id) {
        try {
            return Path.of(Fixtures.class.getResource("fixtures/" + id + "/template.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static TemplateDescriptor load(String id) {
        return DescriptorReader.read(TemplateSource.directory(folder(id)));
    }
}
