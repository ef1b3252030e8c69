package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import io.jenkins.plugins.skylark.platform.InvalidPlatformModelException;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.PlatformValidator;
import io.jenkins.plugins.skylark.platform.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The whole platform configuration as one bindable object, so that a form submission, Configuration
 * as Code or a Groovy script replaces it at once: clusters, registries, SonarQube and JIRA servers, projects,
 * environments, applications, notification channels, analyses and the allowed route annotations are validated
 * together.
 */
public final class PlatformConfig extends AbstractDescribableImpl<PlatformConfig> {
    private List<ClusterConfig> clusters = new ArrayList<>();
    private List<RegistryConfig> registries = new ArrayList<>();
    private List<SonarServerConfig> sonarServers = new ArrayList<>();
    private List<JiraServerConfig> jiraServers = new ArrayList<>();
    private List<ProjectConfig> projects = new ArrayList<>();
    private List<EnvironmentConfig> environments = new ArrayList<>();
    private List<ApplicationConfig> applications = new ArrayList<>();
    private List<ChannelConfig> channels = new ArrayList<>();
    private List<AnalysisConfig> analyses = new ArrayList<>();
    private String exposeAnnotations;

    @DataBoundConstructor
    public PlatformConfig() {
    }

    /**
     * The valid model this configuration describes.
     *
     * @throws InvalidPlatformModelException listing every problem (unparseable values and rule
     *     violations), each naming the object and field
     */
    public PlatformModel toModel(Locale locale) {
        ModelConversion conversion = new ModelConversion(locale);
        PlatformModel model = new PlatformModel(
                clusters.stream().map(c -> c.toRecord(conversion)).toList(),
                registries.stream().map(r -> r.toRecord(conversion)).toList(),
                projects.stream().map(ProjectConfig::toRecord).toList(),
                environments.stream().map(e -> e.toRecord(conversion)).toList(),
                applications.stream().map(a -> a.toRecord(conversion)).toList(),
                channels.stream().map(c -> c.toRecord(conversion)).toList(),
                ModelConversion.lines(exposeAnnotations),
                analyses.stream().map(AnalysisConfig::toRecord).toList(),
                sonarServers.stream().map(SonarServerConfig::toRecord).toList(),
                jiraServers.stream().map(j -> j.toRecord(conversion)).toList());
        List<ValidationProblem> problems = new ArrayList<>(conversion.problems());
        // A value that could not be parsed is null in the model: its "must not be empty" would say it twice.
        PlatformValidator.validate(model, locale).stream()
                .filter(problem -> problems.stream().noneMatch(parsed -> sameField(parsed, problem)))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidPlatformModelException(problems, locale);
        }
        return model;
    }

    /** XStream skips field initialisers: a configuration saved before channels, analyses or servers existed has none. */
    private Object readResolve() {
        channels = copy(channels);
        analyses = copy(analyses);
        sonarServers = copy(sonarServers);
        jiraServers = copy(jiraServers);
        return this;
    }

    private static boolean sameField(ValidationProblem a, ValidationProblem b) {
        return a.objectKind().equals(b.objectKind()) && a.objectId().equals(b.objectId()) && a.field().equals(b.field());
    }

    public List<ClusterConfig> getClusters() {
        return List.copyOf(clusters);
    }

    @DataBoundSetter
    public void setClusters(List<ClusterConfig> clusters) {
        this.clusters = copy(clusters);
    }

    public List<RegistryConfig> getRegistries() {
        return List.copyOf(registries);
    }

    @DataBoundSetter
    public void setRegistries(List<RegistryConfig> registries) {
        this.registries = copy(registries);
    }

    /** The SonarQube servers projects analyse on. */
    public List<SonarServerConfig> getSonarServers() {
        return List.copyOf(sonarServers);
    }

    @DataBoundSetter
    public void setSonarServers(List<SonarServerConfig> sonarServers) {
        this.sonarServers = copy(sonarServers);
    }

    /** The JIRA sites projects plan on. */
    public List<JiraServerConfig> getJiraServers() {
        return List.copyOf(jiraServers);
    }

    @DataBoundSetter
    public void setJiraServers(List<JiraServerConfig> jiraServers) {
        this.jiraServers = copy(jiraServers);
    }

    public List<ProjectConfig> getProjects() {
        return List.copyOf(projects);
    }

    @DataBoundSetter
    public void setProjects(List<ProjectConfig> projects) {
        this.projects = copy(projects);
    }

    public List<EnvironmentConfig> getEnvironments() {
        return List.copyOf(environments);
    }

    @DataBoundSetter
    public void setEnvironments(List<EnvironmentConfig> environments) {
        this.environments = copy(environments);
    }

    public List<ApplicationConfig> getApplications() {
        return List.copyOf(applications);
    }

    @DataBoundSetter
    public void setApplications(List<ApplicationConfig> applications) {
        this.applications = copy(applications);
    }

    public List<ChannelConfig> getChannels() {
        return List.copyOf(channels);
    }

    @DataBoundSetter
    public void setChannels(List<ChannelConfig> channels) {
        this.channels = copy(channels);
    }

    /** The projects' named analyses, which gray releases run by name. */
    public List<AnalysisConfig> getAnalyses() {
        return List.copyOf(analyses);
    }

    @DataBoundSetter
    public void setAnalyses(List<AnalysisConfig> analyses) {
        this.analyses = copy(analyses);
    }

    /** The route annotations {@code platformExpose} may set: one key or {@code prefix/*} per line. */
    public String getExposeAnnotations() {
        return exposeAnnotations;
    }

    @DataBoundSetter
    public void setExposeAnnotations(String exposeAnnotations) {
        this.exposeAnnotations = exposeAnnotations;
    }

    /** Mutable copies: XStream stores and restores the lists as they are. */
    private static <T> List<T> copy(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    @Extension
    @Symbol("platform")
    public static final class DescriptorImpl extends Descriptor<PlatformConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("PlatformConfig.displayName");
        }

        @POST
        public FormValidation doCheckExposeAnnotations(@QueryParameter String value) {
            return FormFields.result(FieldCheck.exposeAnnotations(ModelConversion.lines(value), ViewerLocale.get()));
        }
    }
}
