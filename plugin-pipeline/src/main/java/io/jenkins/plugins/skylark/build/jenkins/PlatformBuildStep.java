package io.jenkins.plugins.skylark.build.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.JDK;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.platform.BuildTool;
import java.util.Set;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code def build = platformBuild()}: runs the project's own build (Maven, Gradle, npm or Go) in the
 * workspace, records its tests and artefacts, and fails naming the first failed tests. Every parameter is
 * optional; inside {@code withPlatform} with an {@code application}, the model's build settings fill in
 * what is not given. See the {@code help-*.html} files.
 */
public final class PlatformBuildStep extends Step {
    static final String FUNCTION_NAME = "platformBuild";

    private String application;
    private String tool;
    private String args;
    private String jdk;
    private String artifacts;
    private String testReports;

    @DataBoundConstructor
    public PlatformBuildStep() {
    }

    public String getApplication() {
        return application;
    }

    @DataBoundSetter
    public void setApplication(String application) {
        this.application = strippedOrNull(application);
    }

    public String getTool() {
        return tool;
    }

    /** {@code maven}, {@code gradle}, {@code npm} or {@code go}. */
    @DataBoundSetter
    public void setTool(String tool) {
        this.tool = strippedOrNull(tool);
    }

    public String getArgs() {
        return args;
    }

    @DataBoundSetter
    public void setArgs(String args) {
        this.args = strippedOrNull(args);
    }

    public String getJdk() {
        return jdk;
    }

    /** The name of a JDK tool installation. */
    @DataBoundSetter
    public void setJdk(String jdk) {
        this.jdk = strippedOrNull(jdk);
    }

    public String getArtifacts() {
        return artifacts;
    }

    @DataBoundSetter
    public void setArtifacts(String artifacts) {
        this.artifacts = strippedOrNull(artifacts);
    }

    public String getTestReports() {
        return testReports;
    }

    @DataBoundSetter
    public void setTestReports(String testReports) {
        this.testReports = strippedOrNull(testReports);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new PlatformBuildExecution(context, this);
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @Override
        public String getDisplayName() {
            return Messages.page("PlatformBuildStep.displayName");
        }

        /** The tools, and an empty choice for "from the model, else guessed". */
        public ListBoxModel doFillToolItems() {
            ListBoxModel items = new ListBoxModel();
            items.add(Messages.page("PlatformBuildStep.toolDefault"), "");
            for (BuildTool tool : BuildTool.values()) {
                items.add(tool.userName());
            }
            return items;
        }

        /** The JDK installations, and an empty choice for "from the model, else the agent's java". */
        public ListBoxModel doFillJdkItems() {
            ListBoxModel items = new ListBoxModel();
            items.add(Messages.page("PlatformBuildStep.jdkDefault"), "");
            for (JDK jdk : Jenkins.get().getJDKs()) {
                items.add(jdk.getName());
            }
            return items;
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FilePath.class, EnvVars.class, Launcher.class);
        }
    }
}
