package io.jenkins.plugins.skylark.image.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
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
 * {@code def image = platformImage(application: 'orders')} inside {@code withPlatform}: builds the
 * application's OCI image from the workspace with Jib (no Docker daemon), pushes it to the project's
 * registry with the build number, short commit and given tags, and returns {@code registry/repo@sha256:…},
 * also exported as {@code PLATFORM_IMAGE}. Without a registry it writes an OCI archive into the workspace.
 * Every parameter but {@code application} is optional; see the {@code help-*.html} files.
 */
public final class PlatformImageStep extends Step {
    static final String FUNCTION_NAME = "platformImage";

    private final String application;
    private String from;
    private String jar;
    private String classes;
    private String dependencies;
    private String resources;
    private String mainClass;
    private String directory;
    private String into;
    private List<String> entrypoint = List.of();
    private List<String> env = List.of();
    private List<String> ports = List.of();
    private List<String> labels = List.of();
    private List<String> tags = List.of();
    private String registry;
    private String archive;
    private String commit;
    private String version;
    private boolean scan;

    @DataBoundConstructor
    public PlatformImageStep(String application) {
        this.application = strippedOrNull(application);
    }

    public String getApplication() {
        return application;
    }

    public String getFrom() {
        return from;
    }

    /** The base image: {@code scratch} (the default) or a reference such as {@code registry:5000/jre:17}. */
    @DataBoundSetter
    public void setFrom(String from) {
        this.from = strippedOrNull(from);
    }

    public String getJar() {
        return jar;
    }

    @DataBoundSetter
    public void setJar(String jar) {
        this.jar = strippedOrNull(jar);
    }

    public String getClasses() {
        return classes;
    }

    @DataBoundSetter
    public void setClasses(String classes) {
        this.classes = strippedOrNull(classes);
    }

    public String getDependencies() {
        return dependencies;
    }

    @DataBoundSetter
    public void setDependencies(String dependencies) {
        this.dependencies = strippedOrNull(dependencies);
    }

    public String getResources() {
        return resources;
    }

    @DataBoundSetter
    public void setResources(String resources) {
        this.resources = strippedOrNull(resources);
    }

    public String getMainClass() {
        return mainClass;
    }

    @DataBoundSetter
    public void setMainClass(String mainClass) {
        this.mainClass = strippedOrNull(mainClass);
    }

    public String getDirectory() {
        return directory;
    }

    @DataBoundSetter
    public void setDirectory(String directory) {
        this.directory = strippedOrNull(directory);
    }

    public String getInto() {
        return into;
    }

    @DataBoundSetter
    public void setInto(String into) {
        this.into = strippedOrNull(into);
    }

    public List<String> getEntrypoint() {
        return entrypoint;
    }

    @DataBoundSetter
    public void setEntrypoint(List<String> entrypoint) {
        this.entrypoint = copy(entrypoint);
    }

    public List<String> getEnv() {
        return env;
    }

    /** {@code NAME=value} entries, as {@code withEnv} takes them. */
    @DataBoundSetter
    public void setEnv(List<String> env) {
        this.env = copy(env);
    }

    public List<String> getPorts() {
        return ports;
    }

    @DataBoundSetter
    public void setPorts(List<String> ports) {
        this.ports = copy(ports);
    }

    public List<String> getLabels() {
        return labels;
    }

    /** {@code name=value} entries. */
    @DataBoundSetter
    public void setLabels(List<String> labels) {
        this.labels = copy(labels);
    }

    public List<String> getTags() {
        return tags;
    }

    @DataBoundSetter
    public void setTags(List<String> tags) {
        this.tags = copy(tags);
    }

    public String getRegistry() {
        return registry;
    }

    /** The id of a configured registry to push to instead of the project's default one. */
    @DataBoundSetter
    public void setRegistry(String registry) {
        this.registry = strippedOrNull(registry);
    }

    public String getArchive() {
        return archive;
    }

    @DataBoundSetter
    public void setArchive(String archive) {
        this.archive = strippedOrNull(archive);
    }

    public String getCommit() {
        return commit;
    }

    /** The commit the image is built from; {@code GIT_COMMIT} from the environment when not given. */
    @DataBoundSetter
    public void setCommit(String commit) {
        this.commit = strippedOrNull(commit);
    }

    public String getVersion() {
        return version;
    }

    /** Adds the retention-friendly tag {@code <version>-<build number>} (see {@code RetentionTag}). */
    @DataBoundSetter
    public void setVersion(String version) {
        this.version = strippedOrNull(version);
    }

    public boolean isScan() {
        return scan;
    }

    /** Harbor: after the push, waits for the image's vulnerability scan and applies the default gate. */
    @DataBoundSetter
    public void setScan(boolean scan) {
        this.scan = scan;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new PlatformImageExecution(context, this);
    }


    private static List<String> copy(List<String> values) {
        // not List.copyOf: a null entry must reach the engine's check, which names the field
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @Override
        public String getDisplayName() {
            return Messages.page("PlatformImageStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FilePath.class, EnvVars.class);
        }
    }
}
