package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import io.jenkins.plugins.skylark.platform.Project;
import io.jenkins.plugins.skylark.text.Blank;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** A project (tenant) as entered in the form; converts to {@link Project}. */
public final class ProjectConfig extends AbstractDescribableImpl<ProjectConfig> {
    private final String id;
    private String displayName;
    private String displayNameZh;
    private List<NamespaceConfig> namespaces = new ArrayList<>();
    private String defaultRegistryId;
    private String registryProject;
    private ProjectServersConfig servers;

    @DataBoundConstructor
    public ProjectConfig(String id) {
        this.id = Blank.strippedOrNull(id);
    }

    Project toRecord() {
        return new Project(id, Blank.strippedOrNull(displayName), Blank.strippedOrNull(displayNameZh),
                namespaces.stream().map(NamespaceConfig::toRecord).toList(),
                Blank.strippedOrNull(defaultRegistryId), Blank.strippedOrNull(registryProject),
                servers == null ? null : servers.toRecord());
    }

    public String getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    @DataBoundSetter
    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getDisplayNameZh() {
        return displayNameZh;
    }

    @DataBoundSetter
    public void setDisplayNameZh(String displayNameZh) {
        this.displayNameZh = displayNameZh;
    }

    public List<NamespaceConfig> getNamespaces() {
        return List.copyOf(namespaces);
    }

    @DataBoundSetter
    public void setNamespaces(List<NamespaceConfig> namespaces) {
        this.namespaces = namespaces == null ? new ArrayList<>() : new ArrayList<>(namespaces);
    }

    public String getDefaultRegistryId() {
        return defaultRegistryId;
    }

    @DataBoundSetter
    public void setDefaultRegistryId(String defaultRegistryId) {
        this.defaultRegistryId = defaultRegistryId;
    }

    public String getRegistryProject() {
        return registryProject;
    }

    @DataBoundSetter
    public void setRegistryProject(String registryProject) {
        this.registryProject = registryProject;
    }

    /** The SonarQube and JIRA servers and the robot account; never {@code null} (a project saved before has none). */
    public ProjectServersConfig getServers() {
        return servers == null ? new ProjectServersConfig() : servers;
    }

    @DataBoundSetter
    public void setServers(ProjectServersConfig servers) {
        this.servers = servers;
    }

    @Extension
    @Symbol("project")
    public static final class DescriptorImpl extends Descriptor<ProjectConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("ProjectConfig.displayName");
        }

        @POST
        public FormValidation doCheckId(@QueryParameter String value) {
            return FormFields.result(FieldCheck.id(value, ViewerLocale.get()));
        }
    }
}
