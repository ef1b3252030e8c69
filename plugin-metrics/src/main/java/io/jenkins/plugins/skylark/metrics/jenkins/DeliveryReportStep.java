package io.jenkins.plugins.skylark.metrics.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.jenkins.ReportOptions.ReportPlan;
import io.jenkins.plugins.skylark.metrics.report.DeliveryReportService;
import io.jenkins.plugins.skylark.metrics.report.ReportFile;
import io.jenkins.plugins.skylark.metrics.store.DeliveryStore;
import io.jenkins.plugins.skylark.metrics.store.StoreException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code deliveryReport(format: 'html', application: 'shop', environment: 'production', period: 'last-4-weeks')}:
 * computes the DORA figures from the metrics store and writes the report into the workspace
 * ({@code delivery-report.html} + {@code .css}, {@code .json} or {@code .csv}). Returns the main file's
 * path relative to the workspace, e.g. for {@code archiveArtifacts}.
 */
public final class DeliveryReportStep extends Step {
    private String format;
    private String application;
    private String environment;
    private String period;
    private String zone;
    private String locale;
    private String outputDir;

    @DataBoundConstructor
    public DeliveryReportStep() {
    }

    public String getFormat() {
        return format;
    }

    @DataBoundSetter
    public void setFormat(String format) {
        this.format = strippedOrNull(format);
    }

    public String getApplication() {
        return application;
    }

    @DataBoundSetter
    public void setApplication(String application) {
        this.application = strippedOrNull(application);
    }

    public String getEnvironment() {
        return environment;
    }

    @DataBoundSetter
    public void setEnvironment(String environment) {
        this.environment = strippedOrNull(environment);
    }

    public String getPeriod() {
        return period;
    }

    @DataBoundSetter
    public void setPeriod(String period) {
        this.period = strippedOrNull(period);
    }

    public String getZone() {
        return zone;
    }

    @DataBoundSetter
    public void setZone(String zone) {
        this.zone = strippedOrNull(zone);
    }

    public String getLocale() {
        return locale;
    }

    @DataBoundSetter
    public void setLocale(String locale) {
        this.locale = strippedOrNull(locale);
    }

    public String getOutputDir() {
        return outputDir;
    }

    @DataBoundSetter
    public void setOutputDir(String outputDir) {
        this.outputDir = strippedOrNull(outputDir);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, new ReportOptions(format, application, environment, period, zone, locale,
                outputDir));
    }


    /** Checks the options, reads the history, renders and writes the files, returns the main file's path. */
    public static final class Execution extends SynchronousNonBlockingStepExecution<String> {
        private static final long serialVersionUID = 1L;
        private final ReportOptions options;

        Execution(StepContext context, ReportOptions options) {
            super(context);
            this.options = options;
        }

        @Override
        protected String run() throws Exception {
            MetricsConfiguration configuration = MetricsConfiguration.get();
            ReportPlan plan = options.plan(getContext().get(ResolvedPlatformContext.class), configuration.zone(),
                    Instant.now());
            List<ReportFile> files;
            try {
                DeliveryHistory history = new DeliveryStore(configuration.database()).history(plan.scope(), plan.end());
                files = new DeliveryReportService().render(history, plan.request());
            } catch (StoreException | IllegalArgumentException | IllegalStateException e) {
                throw new AbortException(e.getMessage());
            }
            FilePath workspace = getContext().get(FilePath.class);
            FilePath folder = plan.outputDir().isEmpty() ? workspace : workspace.child(plan.outputDir());
            folder.act(new WriteReportFiles(files));
            String main = plan.pathOf(mainFile(files, plan.request().format()));
            getContext().get(TaskListener.class).getLogger().println(Messages.get("DeliveryReport.written", main,
                    plan.scope().application(), plan.scope().environment(), plan.request().period()));
            return main;
        }

        /** The file named after the format ({@code .html}, not its stylesheet). */
        private static String mainFile(List<ReportFile> files, String format) {
            String extension = "." + format.strip().toLowerCase(Locale.ROOT);
            return files.stream().map(ReportFile::name).filter(name -> name.endsWith(extension)).findFirst()
                    .orElse(files.get(0).name());
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "deliveryReport";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("DeliveryReportStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FilePath.class);
        }
    }
}
