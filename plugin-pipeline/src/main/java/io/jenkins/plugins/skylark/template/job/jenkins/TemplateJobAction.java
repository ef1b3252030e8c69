package io.jenkins.plugins.skylark.template.job.jenkins;

import hudson.model.Action;
import io.jenkins.plugins.skylark.template.catalogue.TemplateLibrary;
import io.jenkins.plugins.skylark.template.job.TemplateJobApi;
import io.jenkins.plugins.skylark.web.jenkins.JenkinsViewer;
import io.jenkins.plugins.skylark.web.jenkins.StaplerApi;
import java.io.IOException;
import java.util.function.Supplier;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.POST;

/**
 * The "Template" page of a job made from a template ({@code index.jelly} + adjunct) and its web methods;
 * the core checks the current user's permissions, {@code @POST} makes Jenkins check the crumb.
 */
public final class TemplateJobAction implements Action {

    public static final String URL_NAME = "skylark-template";

    private final WorkflowJob job;
    private final Supplier<TemplateLibrary> library;

    TemplateJobAction(WorkflowJob job, Supplier<TemplateLibrary> library) {
        this.job = job;
        this.library = library;
    }

    public WorkflowJob getJob() {
        return job;
    }

    /** The page's API base relative to Jenkins' root URL, without a trailing slash. */
    public String getApiUrl() {
        return job.getUrl() + URL_NAME;
    }

    @Override
    public String getIconFileName() {
        return "symbol-document-text";
    }

    @Override
    public String getDisplayName() {
        return Messages.page("TemplateJobAction.displayName");
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    public void doStatus(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, api().status(), false);
    }

    public void doPlan(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, api().plan(), false);
    }

    @POST
    public void doUpdate(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, api().update(), true);
    }

    @POST
    public void doDetach(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, api().detach(), true);
    }

    TemplateJobApi api() {
        return new TemplateJobApi(JenkinsViewer.current(), new WorkflowTemplateJob(job), library.get());
    }
}
