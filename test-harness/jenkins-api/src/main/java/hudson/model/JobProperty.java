package hudson.model;

import hudson.ExtensionPoint;
import hudson.tasks.BuildStep;
import java.util.Collection;
import java.util.Collections;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

/** A property of a job, saved with it in {@code config.xml}. Only the members Skylark uses are declared. */
public abstract class JobProperty<J extends Job<?, ?>>
        implements ReconfigurableDescribable<JobProperty<?>>, BuildStep, ExtensionPoint {
    protected transient J owner;

    public JobProperty() {
    }

    /** Called when the property is added to a job and when the job is loaded. */
    protected void setOwner(J owner) {
        this.owner = owner;
    }

    @Override
    public JobPropertyDescriptor getDescriptor() {
        return (JobPropertyDescriptor) Jenkins.get().getDescriptorOrDie(getClass());
    }

    public Collection<? extends Action> getJobActions(J job) {
        return Collections.emptyList();
    }

    /** Jenkins calls this when the job's configuration form is submitted; {@code form} is null when absent. */
    public JobProperty<?> reconfigure(StaplerRequest2 req, JSONObject form) throws Descriptor.FormException {
        return form == null ? null : getDescriptor().newInstance(req, form);
    }
}
