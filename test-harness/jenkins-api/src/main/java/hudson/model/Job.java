package hudson.model;

import hudson.EnvVars;
import hudson.ExtensionPoint;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.ModelObjectWithChildren;
import jenkins.widgets.HasWidgets;
import org.kohsuke.stapler.StaplerOverridable;

/** An item that has runs (builds). */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem
        implements ExtensionPoint, StaplerOverridable, ModelObjectWithChildren, HasWidgets {
    protected volatile transient int nextBuildNumber = 1;
    /** The stand-in keeps every build created in this JVM; Jenkins loads them lazily from disk. */
    private transient Map<Integer, RunT> builds = new ConcurrentHashMap<>();
    /** Jenkins keeps them in a {@code CopyOnWriteList} it saves as a plain list, as this one is saved. */
    private volatile List<JobProperty<? super JobT>> properties = new CopyOnWriteArrayList<>();

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
        builds().put(run.getNumber(), (RunT) run);
    }

    private synchronized Map<Integer, RunT> builds() {
        if (builds == null) {
            builds = new ConcurrentHashMap<>();
        }
        return builds;
    }

    /** Writes {@code config.xml} with {@link Items#XSTREAM}, so a property the class filter refuses fails here. */
    @Override
    public synchronized void save() throws IOException {
        Items.getConfigFile(this).write(this);
    }

    @Override
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException {
        super.onLoad(parent, name);
        if (properties == null) {
            properties = new CopyOnWriteArrayList<>();
        }
        for (JobProperty<? super JobT> p : properties) {
            setOwnerOf(p);
        }
    }

    @SuppressWarnings("unchecked")
    private void setOwnerOf(JobProperty<? super JobT> p) {
        ((JobProperty<Job<?, ?>>) p).setOwner(this);
    }

    /** Adds the property (Jenkins keeps any other of the same class: remove it first) and saves the job. */
    public void addProperty(JobProperty<? super JobT> jobProp) throws IOException {
        setOwnerOf(jobProp);
        properties.add(jobProp);
        save();
    }

    public void removeProperty(JobProperty<? super JobT> jobProp) throws IOException {
        properties.remove(jobProp);
        save();
    }

    public <T extends JobProperty> T removeProperty(Class<T> clazz) throws IOException {
        T removed = getProperty(clazz);
        if (removed != null) {
            properties.remove(removed);
            save();
        }
        return removed;
    }

    public List<JobProperty<? super JobT>> getAllProperties() {
        return Collections.unmodifiableList(properties);
    }

    public <T extends JobProperty> T getProperty(Class<T> clazz) {
        for (JobProperty<? super JobT> p : properties) {
            if (clazz.isInstance(p)) {
                return clazz.cast(p);
            }
        }
        return null;
    }

    /** The build with this number, or {@code null}. */
    public RunT getBuildByNumber(int n) {
        return builds().get(n);
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
