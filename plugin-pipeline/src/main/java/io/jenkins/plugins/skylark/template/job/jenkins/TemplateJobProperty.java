package io.jenkins.plugins.skylark.template.job.jenkins;

import hudson.Extension;
import hudson.model.Job;
import hudson.model.JobProperty;
import hudson.model.JobPropertyDescriptor;
import io.jenkins.plugins.skylark.template.job.TemplateOrigin;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Which template, version and values made this Pipeline job, and the sha-256 of the Jenkinsfile it
 * rendered. Saved in the job's {@code config.xml}: plain fields, the values as String, Boolean, Long or
 * ArrayList of String in a LinkedHashMap (types Jenkins' class filter lets through).
 */
public final class TemplateJobProperty extends JobProperty<WorkflowJob> {
    private final String catalogueId;
    private final String templateId;
    private final String version;
    private final LinkedHashMap<String, Object> values;
    private final String jenkinsfileSha256;

    public TemplateJobProperty(TemplateOrigin origin) {
        this.catalogueId = origin.catalogueId();
        this.templateId = origin.templateId();
        this.version = origin.version();
        this.values = new LinkedHashMap<>(origin.mutableValues());
        this.jenkinsfileSha256 = origin.jenkinsfileSha256();
    }

    public TemplateOrigin origin() {
        return new TemplateOrigin(catalogueId, templateId, version, values == null ? Map.of() : values,
                jenkinsfileSha256);
    }


    /** Not on the configuration form: submitting the job's form keeps the property as it is. */
    @Override
    public JobProperty<?> reconfigure(StaplerRequest2 req, JSONObject form) {
        return this;
    }

    @Extension
    public static final class DescriptorImpl extends JobPropertyDescriptor {

        @Override
        public String getDisplayName() {
            return Messages.page("TemplateJobProperty.displayName");
        }

        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends Job> jobType) {
            return WorkflowJob.class.isAssignableFrom(jobType);
        }
    }
}
