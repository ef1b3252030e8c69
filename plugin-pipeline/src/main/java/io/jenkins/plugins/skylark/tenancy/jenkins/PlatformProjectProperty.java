package io.jenkins.plugins.skylark.tenancy.jenkins;

import com.cloudbees.hudson.plugins.folder.AbstractFolder;
import com.cloudbees.hudson.plugins.folder.AbstractFolderProperty;
import com.cloudbees.hudson.plugins.folder.AbstractFolderPropertyDescriptor;
import hudson.Extension;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** Binds a folder (and every job inside it, at any depth) to one platform project. */
public final class PlatformProjectProperty extends AbstractFolderProperty<AbstractFolder<?>> {
    private final String projectId;

    @DataBoundConstructor
    public PlatformProjectProperty(String projectId) {
        this.projectId = projectId == null || projectId.isBlank() ? null : projectId.strip();
    }

    /** The bound project, or {@code null} when the property is left empty. */
    public String getProjectId() {
        return projectId;
    }

    @Extension
    @Symbol("platformProject")
    public static final class DescriptorImpl extends AbstractFolderPropertyDescriptor {
        @Override
        public String getDisplayName() {
            return Messages.page("PlatformProjectProperty.displayName");
        }
    }
}
