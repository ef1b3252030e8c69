package io.jenkins.plugins.skylark.notify.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.notify.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code def result = platformNotify(message: 'Deployed', level: 'success', channels: ['ops'])} inside
 * {@code withPlatform}: sends the message, with links to the build, project, environment, application
 * and version, to the project's channels (by default every one covering the current environment).
 * Returns {@code [sent: [...], failed: [...], errors: [channel: text]]}; a failed channel fails the step
 * only with {@code failOnError: true}.
 */
public final class PlatformNotifyStep extends Step {
    static final String FUNCTION_NAME = "platformNotify";

    private final String message;
    private String level;
    private List<String> channels;
    private boolean failOnError;
    private String application;
    private String version;

    @DataBoundConstructor
    public PlatformNotifyStep(String message) {
        this.message = message;
    }

    public String getMessage() {
        return message;
    }

    public String getLevel() {
        return level;
    }

    /** {@code info} (the default), {@code success}, {@code warning} or {@code failure}. */
    @DataBoundSetter
    public void setLevel(String level) {
        this.level = strippedOrNull(level);
    }

    public List<String> getChannels() {
        return channels;
    }

    /** Channel ids of the project; not given = every channel covering the current environment. */
    @DataBoundSetter
    public void setChannels(List<String> channels) {
        // not List.copyOf: a null entry must reach the check, which names the field
        this.channels = channels == null ? null : Collections.unmodifiableList(new ArrayList<>(channels));
    }

    public boolean isFailOnError() {
        return failOnError;
    }

    @DataBoundSetter
    public void setFailOnError(boolean failOnError) {
        this.failOnError = failOnError;
    }

    public String getApplication() {
        return application;
    }

    /** The application the message is about, an application of the project; shown as a link. */
    @DataBoundSetter
    public void setApplication(String application) {
        this.application = strippedOrNull(application);
    }

    public String getVersion() {
        return version;
    }

    /** What was delivered; {@code PLATFORM_IMAGE} (set by {@code platformImage}) when not given. */
    @DataBoundSetter
    public void setVersion(String version) {
        this.version = strippedOrNull(version);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new PlatformNotifyExecution(context, this);
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @Override
        public String getDisplayName() {
            return Messages.page("PlatformNotifyStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
        }

        /** The levels, as the Jenkinsfile writes them. */
        public ListBoxModel doFillLevelItems() {
            ListBoxModel items = new ListBoxModel();
            for (Level level : Level.values()) {
                items.add(level.id());
            }
            return items;
        }
    }
}
