package io.jenkins.plugins.skylark.metrics.page.jenkins;

import hudson.Extension;
import hudson.model.RootAction;
import io.jenkins.plugins.skylark.metrics.page.MetricsAccess;
import io.jenkins.plugins.skylark.tenancy.jenkins.FolderBindings;
import io.jenkins.plugins.skylark.web.jenkins.JenkinsViewer;

/** {@code /skylark-metrics}: every project with a bound folder the user may read. */
@Extension
public final class MetricsRootAction extends MetricsPageAction implements RootAction {

    @Override
    public String getApiPath() {
        return URL_NAME;
    }

    @Override
    MetricsAccess access() {
        return MetricsAccess.root(JenkinsViewer.current(), FolderBindings.boundFolders());
    }
}
