package io.jenkins.plugins.skylark.metrics.jenkins;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import hudson.AbortException;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.jenkins.PlatformCredentials;
import io.jenkins.plugins.skylark.jira.jenkins.JiraLogins;
import io.jenkins.plugins.skylark.metrics.incidents.IncidentImport;
import io.jenkins.plugins.skylark.metrics.incidents.IncidentSource;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import io.jenkins.plugins.skylark.tenancy.TenancyPolicy;
import io.jenkins.plugins.skylark.tenancy.TenancyViolationException;
import io.jenkins.plugins.skylark.tenancy.jenkins.FolderBindings;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code jiraImportIncidents()}: imports the incidents of the job's project from JIRA now (the periodic
 * import does the same on a schedule). The project is the one the job's folder is bound to; naming
 * another is refused. Credentials are looked up in the build's context, so folder credentials work.
 * Returns {@code [issues:, recorded:, known:, unassigned: [keys]]}.
 */
public final class JiraImportIncidentsStep extends Step {
    private String project;

    @DataBoundConstructor
    public JiraImportIncidentsStep() {
    }

    public String getProject() {
        return project;
    }

    /** The Skylark project; default: the project the job's folder is bound to. */
    @DataBoundSetter
    public void setProject(String project) {
        this.project = project == null || project.isBlank() ? null : project.trim();
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, project);
    }

    /** Runs the import off the CPS thread. */
    public static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final String project;

        Execution(StepContext context, String project) {
            super(context);
            this.project = project;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            PlatformModel model = SkylarkConfiguration.get().getModel();
            String projectId = allowedProject(run, model);
            IncidentSource source = IncidentSource.of(model, projectId).orElseThrow(() -> new AbortException(
                    Messages.get("IncidentImport.notConfigured", projectId)));
            IncidentImporting importing = new IncidentImporting(MetricsConfiguration.get().database(),
                    new JiraLogins.CredentialLookup() {
                        @Override
                        public <C extends IdCredentials> C find(String id,
                                Class<C> type, String purpose) throws IOException {
                            return PlatformCredentials.require(id, type, run, purpose);
                        }
                    });
            IncidentImport.ImportResult result;
            try {
                result = importing.importProject(source, model);
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new AbortException(Messages.get("IncidentImport.failed", projectId, e.getMessage()));
            }
            getContext().get(TaskListener.class).getLogger().println(result.summary());
            return Map.of("issues", result.issues(), "recorded", result.recorded(), "known", result.known(),
                    "unassigned", List.copyOf(result.unassigned()));
        }

        private String allowedProject(Run<?, ?> run, PlatformModel model) throws AbortException {
            List<FolderBinding> folders = FolderBindings.of(run.getParent());
            String wanted = project != null ? project
                    : TenancyPolicy.effectiveBinding(folders).map(FolderBinding::projectId).orElseThrow(
                            () -> new AbortException(Messages.get("IncidentImport.noProject")));
            try {
                return TenancyPolicy.check(run.getParent().getFullName(), folders, wanted, model).projectId();
            } catch (TenancyViolationException e) {
                throw new AbortException(e.getMessage());
            }
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "jiraImportIncidents";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("JiraImportIncidentsStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }
    }
}
