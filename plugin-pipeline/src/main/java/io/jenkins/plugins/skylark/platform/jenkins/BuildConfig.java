package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.platform.BuildSettings;
import io.jenkins.plugins.skylark.platform.BuildTool;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import io.jenkins.plugins.skylark.text.Blank;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** How an application is built and analysed, as entered in its form (a nested section); converts to {@link BuildSettings}. */
public final class BuildConfig extends AbstractDescribableImpl<BuildConfig> {
    private String tool;
    private String args;
    private String jdk;
    private String nodejs;
    private String artifacts;
    private String sonarProjectKey;

    @DataBoundConstructor
    public BuildConfig() {
    }

    /** {@code null} ({@link BuildSettings#NONE}) when nothing is set; an unknown tool is a problem naming the field. */
    BuildSettings toRecord(ModelConversion conversion, String applicationId) {
        BuildSettings build = new BuildSettings(
                conversion.parse("application", applicationId, "build.tool", tool, BuildTool::parse),
                Blank.strippedOrNull(args), Blank.strippedOrNull(jdk), Blank.strippedOrNull(nodejs),
                Blank.strippedOrNull(artifacts), Blank.strippedOrNull(sonarProjectKey));
        return build.equals(BuildSettings.NONE) ? null : build;
    }

    /** {@code maven}, {@code gradle}, {@code npm}, {@code go}; empty = guessed from the workspace. */
    public String getTool() {
        return tool;
    }

    @DataBoundSetter
    public void setTool(String tool) {
        this.tool = tool;
    }

    /** The tool's goals/tasks/script and options; empty = the tool's default. */
    public String getArgs() {
        return args;
    }

    @DataBoundSetter
    public void setArgs(String args) {
        this.args = args;
    }

    /** A Jenkins JDK installation's name; empty = the agent's {@code java}. */
    public String getJdk() {
        return jdk;
    }

    @DataBoundSetter
    public void setJdk(String jdk) {
        this.jdk = jdk;
    }

    /** A Jenkins Node.js installation's name; empty = the agent's {@code node}. */
    public String getNodejs() {
        return nodejs;
    }

    @DataBoundSetter
    public void setNodejs(String nodejs) {
        this.nodejs = nodejs;
    }

    /** Workspace glob(s) of what the build produces; empty = the tool's usual place. */
    public String getArtifacts() {
        return artifacts;
    }

    @DataBoundSetter
    public void setArtifacts(String artifacts) {
        this.artifacts = artifacts;
    }

    /** Empty = {@code <project>_<application>}. */
    public String getSonarProjectKey() {
        return sonarProjectKey;
    }

    @DataBoundSetter
    public void setSonarProjectKey(String sonarProjectKey) {
        this.sonarProjectKey = sonarProjectKey;
    }

    @Extension
    public static final class DescriptorImpl extends Descriptor<BuildConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("BuildConfig.displayName");
        }

        public ListBoxModel doFillToolItems() {
            return FormFields.choices(FieldCheck.buildTools(), true);
        }

        @POST
        public FormValidation doCheckArtifacts(@QueryParameter String value) {
            return FormFields.result(FieldCheck.artifacts(value, ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckSonarProjectKey(@QueryParameter String value) {
            return FormFields.result(FieldCheck.sonarProjectKey(value, ViewerLocale.get()));
        }
    }
}
