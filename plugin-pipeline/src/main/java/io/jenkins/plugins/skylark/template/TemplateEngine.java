package io.jenkins.plugins.skylark.template;

import java.util.Map;

/**
 * Renders templates: validates the values, writes the Jenkinsfile, parses the result with Groovy and
 * checks its declarative outline before handing it out, so a broken template fails here and not in
 * a build.
 */
public final class TemplateEngine {

    private TemplateEngine() {
    }

    /**
     * Checks values without rendering (for a form).
     *
     * @throws InvalidValuesException listing every rejected field
     */
    public static ResolvedValues validate(TemplateDescriptor template, Map<String, ?> values) {
        return ValueResolver.resolve(template, values);
    }

    /**
     * The Jenkinsfile for {@code values} (form values: strings, booleans, numbers, lists of strings).
     *
     * @throws InvalidValuesException listing every rejected field
     * @throws TemplateRenderException when the template yields invalid Groovy or a non-declarative outline
     *         (a template defect)
     */
    public static RenderedJenkinsfile render(TemplateDescriptor template, Map<String, ?> values) {
        ResolvedValues resolved = ValueResolver.resolve(template, values);
        String text = JenkinsfileRenderer.render(template, resolved);
        String problem;
        try {
            problem = DeclarativeOutline.problem(GroovySyntax.parse(template.id() + ".Jenkinsfile", text));
        } catch (GroovySyntax.SyntaxError e) {
            problem = "invalid Groovy: " + e.getMessage();
        }
        if (problem != null) {
            throw new TemplateRenderException("template " + template.id() + " rendered " + problem);
        }
        return new RenderedJenkinsfile(template.id(), template.version(), resolved, text);
    }
}
