package io.jenkins.plugins.skylark.template.job.jenkins;

import hudson.Extension;
import hudson.model.Action;
import io.jenkins.plugins.skylark.template.catalogue.jenkins.TemplateCatalogues;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;

/**
 * Adds the "Template" page to the side panel of every Pipeline job that records a template origin; the
 * newest versions come from the configured catalogues ({@link TemplateCatalogues#library()}).
 */
@Extension
public final class TemplateJobActionFactory extends TransientActionFactory<WorkflowJob> {

    @Override
    public Class<WorkflowJob> type() {
        return WorkflowJob.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return TemplateJobAction.class;
    }

    @Override
    public Collection<? extends Action> createFor(WorkflowJob job) {
        return job.getProperty(TemplateJobProperty.class) == null ? List.of()
                : List.of(new TemplateJobAction(job, TemplateCatalogues::library));
    }
}
