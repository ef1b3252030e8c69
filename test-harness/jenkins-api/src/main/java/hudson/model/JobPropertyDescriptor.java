package hudson.model;

import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

/** Descriptor of a {@link JobProperty}. Only the members Skylark uses are declared. */
public abstract class JobPropertyDescriptor extends Descriptor<JobProperty<?>> {

    protected JobPropertyDescriptor(Class<? extends JobProperty<?>> clazz) {
        super(clazz);
    }

    protected JobPropertyDescriptor() {
    }

    /** Jenkins binds the form to the property's constructor; the stand-in has no form binding. */
    public JobProperty<?> newInstance(StaplerRequest2 req, JSONObject formData) throws FormException {
        throw new FormException("the stand-in does not bind forms to " + clazz.getName(), null);
    }

    /** Whether the property may be added to jobs of this type (Jenkins offers it on their configuration page). */
    @SuppressWarnings("rawtypes")
    public boolean isApplicable(Class<? extends Job> jobType) {
        return true;
    }
}
