package io.jenkins.plugins.skylark.platform.jenkins;

import io.jenkins.plugins.skylark.text.Blank;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.Workload;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** An application as entered in the form; converts to {@link Application}. */
public final class ApplicationConfig extends AbstractDescribableImpl<ApplicationConfig> {
    private final String id;
    private final String projectId;
    private List<WorkloadConfig> workloads = new ArrayList<>();
    private String imageRepository;
    private String manifestsPath;
    private BuildConfig build;

    @DataBoundConstructor
    public ApplicationConfig(String id, String projectId) {
        this.id = Blank.strippedOrNull(id);
        this.projectId = Blank.strippedOrNull(projectId);
    }

    Application toRecord(ModelConversion conversion) {
        List<Workload> converted = new ArrayList<>();
        for (int i = 0; i < workloads.size(); i++) {
            converted.add(workloads.get(i).toRecord(conversion, projectId + "/" + id, i));
        }
        return new Application(id, projectId, converted, Blank.strippedOrNull(imageRepository),
                Blank.strippedOrNull(manifestsPath), build == null ? null : build.toRecord(conversion, projectId + "/" + id));
    }

    public String getId() {
        return id;
    }

    public String getProjectId() {
        return projectId;
    }

    public List<WorkloadConfig> getWorkloads() {
        return List.copyOf(workloads);
    }

    @DataBoundSetter
    public void setWorkloads(List<WorkloadConfig> workloads) {
        this.workloads = workloads == null ? new ArrayList<>() : new ArrayList<>(workloads);
    }

    public String getImageRepository() {
        return imageRepository;
    }

    @DataBoundSetter
    public void setImageRepository(String imageRepository) {
        this.imageRepository = imageRepository;
    }

    public String getManifestsPath() {
        return manifestsPath;
    }

    @DataBoundSetter
    public void setManifestsPath(String manifestsPath) {
        this.manifestsPath = manifestsPath;
    }

    /** How it is built and analysed; never {@code null} (an application saved before has no settings). */
    public BuildConfig getBuild() {
        return build == null ? new BuildConfig() : build;
    }

    @DataBoundSetter
    public void setBuild(BuildConfig build) {
        this.build = build;
    }

    @Extension
    @Symbol("application")
    public static final class DescriptorImpl extends Descriptor<ApplicationConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("ApplicationConfig.displayName");
        }
    }
}
