package hudson.model;

import com.thoughtworks.xstream.XStream;
import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.XmlFile;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.util.XStream2;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import jenkins.console.WithConsoleUrl;
import jenkins.model.HistoricalBuild;
import jenkins.model.RunAction2;
import jenkins.util.io.OnMaster;
import org.kohsuke.stapler.StaplerProxy;

/**
 * One execution of a {@link Job}. Its console log is the file {@link #getLogFile()} in the build
 * directory; {@link #save()} writes {@code build.xml} there with {@link #XSTREAM2}, as Jenkins does, so
 * an action the class filter refuses fails the save.
 */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements ExtensionPoint, Comparable<RunT>, AccessControlled, PersistenceRoot, DescriptorByNameOwner, OnMaster,
        StaplerProxy, HistoricalBuild, WithConsoleUrl {
    public static final XStream2 XSTREAM2 = new XStream2();
    public static final XStream XSTREAM = XSTREAM2;

    protected final transient JobT project;
    public transient int number;
    protected long timestamp;
    protected volatile Result result;

    protected Run(JobT job) throws IOException {
        this(job, System.currentTimeMillis());
        this.number = project.assignBuildNumber();
        project.onCreated(this);
    }

    protected Run(JobT job, long timestamp) {
        this.project = job;
        this.timestamp = timestamp;
    }

    @Override
    public void addAction(Action a) {
        super.addAction(a);
        if (a instanceof RunAction2 runAction) {
            runAction.onAttached(this);
        }
    }

    /** The first cause of this type among the build's causes, or {@code null}. */
    public <T extends Cause> T getCause(Class<T> type) {
        CauseAction causes = getAction(CauseAction.class);
        return causes == null ? null : causes.findCause(type);
    }

    @Override
    public int compareTo(RunT that) {
        return Integer.compare(this.number, that.number);
    }

    /**
     * Whether the build still runs. The stand-in has no build state machine: a build runs until it has a
     * result, which the harness gives it when it ends the build ({@code StepRunner.finish}).
     */
    public boolean isBuilding() {
        return result == null;
    }

    public Result getResult() {
        return result;
    }

    public void setResult(Result r) {
        if (result == null || r.isWorseThan(result)) {
            result = r;
        }
    }

    public final Charset getCharset() {
        return StandardCharsets.UTF_8;
    }

    public JobT getParent() {
        return project;
    }

    /** A build's permissions are its job's. */
    @Override
    public ACL getACL() {
        return getParent().getACL();
    }

    public final long getStartTimeInMillis() {
        return timestamp;
    }

    @Override
    public String toString() {
        return project.getFullName() + " #" + number;
    }

    public String getFullDisplayName() {
        return project.getFullDisplayName() + ' ' + getDisplayName();
    }

    @Override
    public String getDisplayName() {
        return "#" + number;
    }

    public int getNumber() {
        return number;
    }

    public String getId() {
        return Integer.toString(number);
    }

    @Override
    public File getRootDir() {
        return new File(project.getBuildDir(), getId());
    }

    public File getLogFile() {
        return new File(getRootDir(), "log");
    }

    @Override
    public synchronized void save() throws IOException {
        new XmlFile(XSTREAM, new File(getRootDir(), "build.xml")).write(this);
    }

    public String getLog() throws IOException {
        File log = getLogFile();
        return log.exists() ? Files.readString(log.toPath(), getCharset()) : "";
    }

    /**
     * As in Jenkins: the characteristic variables, then what the build's {@link EnvironmentContributingAction}s add
     * (Jenkins also asks node properties and {@code EnvironmentContributor}s, which the stand-in does not have).
     */
    public EnvVars getEnvironment(TaskListener listener) throws IOException, InterruptedException {
        EnvVars env = getCharacteristicEnvVars();
        for (EnvironmentContributingAction a : getActions(EnvironmentContributingAction.class)) {
            a.buildEnvironment(this, env);
        }
        return env;
    }

    public final EnvVars getCharacteristicEnvVars() {
        EnvVars env = getParent().getCharacteristicEnvVars();
        env.put("BUILD_NUMBER", String.valueOf(number));
        env.put("BUILD_ID", getId());
        env.put("BUILD_DISPLAY_NAME", getDisplayName());
        env.put("BUILD_TAG", "jenkins-" + getParent().getFullName().replace('/', '-') + "-" + number);
        return env;
    }

    public String getExternalizableId() {
        return project.getFullName() + "#" + getNumber();
    }

    @Override
    public Object getTarget() {
        return this;
    }
}
