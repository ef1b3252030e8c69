package io.jenkins.plugins.skylark.template.job;

import io.jenkins.plugins.skylark.template.DescriptorReader;
import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.TemplateEngine;
import io.jenkins.plugins.skylark.template.TemplateSource;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueProblem;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import io.jenkins.plugins.skylark.template.catalogue.TemplateLibrary;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code greeter} test template in its two versions ({@code fixtures/v1/greeter}, {@code fixtures/v2/greeter}) and a library over them. */
public final class Greeter {

    /** Values of every parameter type for version 1. */
    public static final Map<String, Object> VALUES = values();

    private Greeter() {
    }

    public static CatalogueTemplate version(int major) {
        try {
            Path folder = Path.of(Greeter.class.getResource("fixtures/v" + major + "/greeter/template.yaml").toURI())
                    .getParent();
            return new CatalogueTemplate("official", "bundled", DescriptorReader.read(TemplateSource.directory(folder)));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RenderedJenkinsfile renderVersion1() {
        return TemplateEngine.render(version(1).descriptor(), VALUES);
    }

    /** A library offering exactly these templates (none: the template is gone). */
    public static TemplateLibrary library(CatalogueTemplate... templates) {
        List<CatalogueTemplate> all = List.of(templates);
        return new TemplateLibrary() {
            @Override
            public List<CatalogueTemplate> templates() {
                return all;
            }

            @Override
            public List<CatalogueProblem> problems() {
                return List.of();
            }

            @Override
            public Optional<byte[]> icon(String catalogueId, String templateId) {
                return Optional.empty();
            }
        };
    }

    private static Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "orders");
        values.put("notes", "line one\nline two");
        values.put("count", 5L);
        values.put("loud", Boolean.TRUE);
        values.put("colour", "green");
        values.put("tags", new ArrayList<>(List.of("x", "y")));
        values.put("retired", "kept");
        return values;
    }
}
