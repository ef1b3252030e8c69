package io.jenkins.plugins.skylark.platform.jenkins;

import io.jenkins.plugins.skylark.text.Blank;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import io.jenkins.plugins.skylark.platform.Workload;
import io.jenkins.plugins.skylark.platform.WorkloadKind;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** One workload of an application; converts to {@link Workload}. */
public final class WorkloadConfig extends AbstractDescribableImpl<WorkloadConfig> {
    private final String kind;
    private final String name;
    private String containers;

    @DataBoundConstructor
    public WorkloadConfig(String kind, String name) {
        this.kind = Blank.strippedOrNull(kind);
        this.name = Blank.strippedOrNull(name);
    }

    Workload toRecord(ModelConversion conversion, String applicationQualifiedId, int index) {
        WorkloadKind parsed = conversion.parse("application", applicationQualifiedId, "workloads[" + index + "].kind",
                kind, WorkloadKind::parse);
        return new Workload(parsed, name, ModelConversion.words(containers));
    }

    /** {@code Deployment}, {@code StatefulSet} or {@code DaemonSet}. */
    public String getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    /** Container names separated by commas or spaces. */
    public String getContainers() {
        return containers;
    }

    @DataBoundSetter
    public void setContainers(String containers) {
        this.containers = containers;
    }

    @Extension
    @Symbol("workload")
    public static final class DescriptorImpl extends Descriptor<WorkloadConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("WorkloadConfig.displayName");
        }
    }
}
