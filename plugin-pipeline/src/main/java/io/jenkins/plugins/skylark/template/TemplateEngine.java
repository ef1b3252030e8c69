package io.jenkins.plugins.skylark.template;

import java.util.Map;

/**
 * Renders templates: validates the values, writes the Jenkinsfile, parses the result with Groovy and
 * checks its declarative outline before handing it out, so a broken template fails here and not in
 * a build. The parse is spared when {@link SkeletonCheck} knows its verdict from an earlier render
 * that differed only in the values.
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
        SkeletonWriter.Written written = JenkinsfileRenderer.render(template, resolved);
        String text = written.text();
        String problem = SkeletonCheck.passes(text, written.skeleton()) ? null : problem(template, text);
        if (problem != null) {
            throw new TemplateRenderException("template " + template.id() + " rendered " + problem);
        }
        return new RenderedJenkinsfile(template.id(), template.version(), resolved, text);
    }

    /** Parses the Jenkinsfile: what is wrong with it, or {@code null}. */
    private static String problem(TemplateDescriptor template, String text) {
        try {
            return DeclarativeOutline.problem(GroovySyntax.parse(template.id() + ".Jenkinsfile", text));
        } catch (GroovySyntax.SyntaxError e) {
            return "invalid Groovy: " + e.getMessage();
        }
    }
}
