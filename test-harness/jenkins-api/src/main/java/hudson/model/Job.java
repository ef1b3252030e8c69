package hudson.model;

import hudson.EnvVars;
import hudson.ExtensionPoint;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jenkins.model.ModelObjectWithChildren;
import jenkins.widgets.HasWidgets;
import org.kohsuke.stapler.StaplerOverridable;

/** An item that has runs (builds). */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem
        implements ExtensionPoint, StaplerOverridable, ModelObjectWithChildren, HasWidgets {
    protected volatile transient int nextBuildNumber = 1;
    /** The stand-in keeps every build created in this JVM; Jenkins loads them lazily from disk. */
    private final transient Map<Integer, RunT> builds = new ConcurrentHashMap<>();

    protected Job(ItemGroup parent, String name) {
        super(parent, name);
    }

    public int assignBuildNumber() throws IOException {
        synchronized (this) {
            return nextBuildNumber++;
        }
    }

    /** Called by {@link Run}'s constructor once the build has its number. */
    @SuppressWarnings("unchecked")
    void onCreated(Run<?, ?> run) {
        builds.put(run.getNumber(), (RunT) run);
    }

    /** The build with this number, or {@code null}. */
    public RunT getBuildByNumber(int n) {
        return builds.get(n);
    }

    public int getNextBuildNumber() {
        return nextBuildNumber;
    }

    public EnvVars getCharacteristicEnvVars() {
        EnvVars env = new EnvVars();
        env.put("JOB_NAME", getFullName());
        env.put("JOB_BASE_NAME", getName());
        return env;
    }

    public File getBuildDir() {
        return new File(getRootDir(), "builds");
    }

    public abstract boolean isBuildable();

    @Override
    public Collection<?> getOverrides() {
        return Collections.emptyList();
    }
}
