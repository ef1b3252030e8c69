package io.jenkins.plugins.skylark.template.job.jenkins;

import com.cloudbees.hudson.plugins.folder.Folder;
import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import io.jenkins.plugins.skylark.template.job.TemplateOrigin;
import java.io.IOException;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;

/** Creates Pipeline jobs from rendered templates (the gallery's {@code JobFactory} is {@code TemplateJobs::create}). */
public final class TemplateJobs {

    private TemplateJobs() {
    }

    /**
     * Creates the job in the folder named {@code folderFullName}.
     *
     * @return the job's URL relative to Jenkins' root URL
     * @throws IllegalArgumentException when there is no such folder or it already holds an item of that name
     */
    public static String create(String folderFullName, String jobName, CatalogueTemplate template,
            RenderedJenkinsfile rendered) throws IOException {
        Folder folder = Jenkins.get().getItemByFullName(folderFullName, Folder.class);
        if (folder == null) {
            throw new IllegalArgumentException(Messages.get("TemplateJobs.noFolder", folderFullName));
        }
        return createIn(folder, jobName, template, rendered).getUrl();
    }

    /**
     * A new Pipeline job running {@code rendered} in the sandbox, with the template's origin recorded. As in
     * Jenkins, the current user needs Item/Create in the folder; the job is saved.
     */
    public static WorkflowJob createIn(Folder folder, String jobName, CatalogueTemplate template,
            RenderedJenkinsfile rendered) throws IOException {
        TemplateOrigin origin = TemplateOrigin.of(template, rendered);
        WorkflowJob job = folder.createProject(WorkflowJob.class, jobName);
        job.setDefinition(WorkflowTemplateJob.definition(rendered.text()));
        job.addProperty(new TemplateJobProperty(origin));
        return job;
    }
}
