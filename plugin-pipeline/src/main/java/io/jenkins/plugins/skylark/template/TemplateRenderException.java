package io.jenkins.plugins.skylark.template;

/**
 * Rendering produced something that is not a valid Jenkinsfile: a defect of the template (or the
 * engine), never of the values, which are validated before. Names the template and, for syntax
 * errors, the line of the rendered text.
 */
public class TemplateRenderException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    TemplateRenderException(String message) {
        super(message);
    }
}
