package io.jenkins.plugins.skylark.template;

import java.util.Objects;

/**
 * A rendered Jenkinsfile with the template id, version and values it came from, so a job can tell
 * when its template has moved on and re-render with the same values.
 */
public record RenderedJenkinsfile(String templateId, String templateVersion, ResolvedValues values, String text) {

    public RenderedJenkinsfile {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(templateVersion, "templateVersion");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(text, "text");
    }
}
