package io.jenkins.plugins.skylark.template.job.jenkins;

import hudson.model.Descriptor;
import io.jenkins.plugins.skylark.template.job.ScriptHash;
import io.jenkins.plugins.skylark.template.job.TemplateJob;
import io.jenkins.plugins.skylark.template.job.TemplateOrigin;
import java.io.IOException;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;

/** A WorkflowJob as the core's template job: the script of its CpsFlowDefinition and its TemplateJobProperty. */
final class WorkflowTemplateJob implements TemplateJob {
    private final WorkflowJob job;

    WorkflowTemplateJob(WorkflowJob job) {
        this.job = job;
    }

    @Override
    public String fullName() {
        return job.getFullName();
    }

    @Override
    public Optional<TemplateOrigin> origin() {
        return Optional.ofNullable(job.getProperty(TemplateJobProperty.class)).map(TemplateJobProperty::origin);
    }

    @Override
    public String script() {
        return job.getDefinition() instanceof CpsFlowDefinition cps ? cps.getScript() : "";
    }

    @Override
    public boolean update(String expectedSha256, String script, TemplateOrigin origin) throws IOException {
        synchronized (job) {
            if (!(job.getDefinition() instanceof CpsFlowDefinition) || !ScriptHash.sha256(script()).equals(expectedSha256)) {
                return false;
            }
            job.setDefinition(definition(script));
            job.removeProperty(TemplateJobProperty.class);
            job.addProperty(new TemplateJobProperty(origin));
            return true;
        }
    }

    @Override
    public void detach() throws IOException {
        synchronized (job) {
            job.removeProperty(TemplateJobProperty.class);
        }
    }

    /** Template output always runs in the Groovy sandbox: whoever may create a job need not be an administrator. */
    static CpsFlowDefinition definition(String script) throws IOException {
        try {
            return new CpsFlowDefinition(script, true);
        } catch (Descriptor.FormException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
