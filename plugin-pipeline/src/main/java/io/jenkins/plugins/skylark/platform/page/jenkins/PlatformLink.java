package io.jenkins.plugins.skylark.platform.page.jenkins;

import hudson.Extension;
import hudson.model.ManagementLink;
import hudson.security.Permission;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.page.ConnectionTests;
import io.jenkins.plugins.skylark.platform.page.ObjectKind;
import io.jenkins.plugins.skylark.platform.page.PlatformPage;
import io.jenkins.plugins.skylark.tenancy.jenkins.FolderBindings;
import io.jenkins.plugins.skylark.web.jenkins.JenkinsViewer;
import io.jenkins.plugins.skylark.web.jenkins.StaplerApi;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.POST;

/**
 * Manage Jenkins → Skylark platform ({@code /manage/skylark-platform}): the page's shell ({@code index.jelly})
 * and its JSON endpoints, which the core answers ({@link PlatformPage}; administrators only).
 */
@Extension
public final class PlatformLink extends ManagementLink {
    /** How long a connection test waits for a server to connect or answer. */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    @Override
    public String getIconFileName() {
        return "symbol-cloud";
    }

    @Override
    public String getDisplayName() {
        return Messages.page("PlatformLink.displayName");
    }

    @Override
    public String getDescription() {
        return Messages.page("PlatformLink.description");
    }

    @Override
    public String getUrlName() {
        return "skylark-platform";
    }

    @Override
    public Permission getRequiredPermission() {
        return Jenkins.ADMINISTER;
    }

    @Override
    public Category getCategory() {
        return Category.CONFIGURATION;
    }

    public void doModel(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, page(request.getLocale()).model(), false);
    }

    @POST
    public void doSave(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, page(request.getLocale()).save(), true);
    }

    @POST
    public void doTestCluster(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, page(request.getLocale()).testConnection(ObjectKind.CLUSTER), true);
    }

    @POST
    public void doTestRegistry(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, page(request.getLocale()).testConnection(ObjectKind.REGISTRY), true);
    }

    /** The core page as the current user, messages and credential errors in {@code locale}. */
    static PlatformPage page(Locale locale) {
        return new PlatformPage(JenkinsViewer::current, new ConfigStore(SkylarkConfiguration.get()),
                FolderBindings::boundFolders, new ConnectionTests(new JenkinsSecrets(locale), CONNECTION_TIMEOUT));
    }
}
