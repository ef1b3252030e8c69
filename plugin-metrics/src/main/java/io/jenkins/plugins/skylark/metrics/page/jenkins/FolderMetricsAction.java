package io.jenkins.plugins.skylark.metrics.page.jenkins;

import com.cloudbees.hudson.plugins.folder.AbstractFolder;
import hudson.Extension;
import hudson.model.Action;
import io.jenkins.plugins.skylark.metrics.page.MetricsAccess;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import io.jenkins.plugins.skylark.web.jenkins.JenkinsViewer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import jenkins.model.TransientActionFactory;

/** {@code <folder>/skylark-metrics} on a folder bound to a project: that project only. */
public final class FolderMetricsAction extends MetricsPageAction {

    private final FolderBinding folder;

    FolderMetricsAction(FolderBinding folder) {
        this.folder = folder;
    }

    /** The folder's own URL ({@code job/a/job/b/}) followed by this page's name. */
    @Override
    public String getApiPath() {
        return Arrays.stream(folder.folderFullName().split("/"))
                .map(name -> "job/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/", "", "/")) + URL_NAME;
    }

    @Override
    MetricsAccess access() {
        return MetricsAccess.folder(JenkinsViewer.current(), folder);
    }

    /** Adds the page to folders bound to a project (not to folders that only inherit a binding). */
    @Extension
    @SuppressWarnings("rawtypes")
    public static final class Factory extends TransientActionFactory<AbstractFolder> {

        @Override
        public Class<AbstractFolder> type() {
            return AbstractFolder.class;
        }

        @Override
        public Collection<? extends Action> createFor(AbstractFolder target) {
            PlatformProjectProperty property = (PlatformProjectProperty) target.getProperties()
                    .get(PlatformProjectProperty.class);
            FolderBinding binding = new FolderBinding(target.getFullName(),
                    property == null ? null : property.getProjectId());
            return binding.isBound() ? List.of(new FolderMetricsAction(binding)) : List.of();
        }
    }
}
