package io.jenkins.plugins.skylark.template.catalogue.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueLibrary;
import io.jenkins.plugins.skylark.template.catalogue.GitCatalogueReader;
import io.jenkins.plugins.skylark.template.catalogue.GitCatalogueSpec;
import io.jenkins.plugins.skylark.template.catalogue.LibraryLoader;
import io.jenkins.plugins.skylark.template.catalogue.OfficialCatalogue;
import io.jenkins.plugins.skylark.template.catalogue.ReloadEndpoint;
import io.jenkins.plugins.skylark.template.catalogue.TemplateLibrary;
import io.jenkins.plugins.skylark.web.jenkins.JenkinsViewer;
import io.jenkins.plugins.skylark.web.jenkins.StaplerApi;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.POST;

/**
 * Template catalogues in the global configuration: the Git catalogues besides the official one, stored as
 * {@code <class name>.xml} under JENKINS_HOME; each has its cache repository in
 * {@code JENKINS_HOME/skylark-template-catalogues/<id>}. Saving (form or Configuration as Code) fetches every
 * catalogue again; so does {@code POST reload} (administrators). After a restart the library is first read from
 * the caches, without reaching the servers, where the pinned refs resolve there.
 */
@Extension
@Symbol("templateCatalogues")
public final class TemplateCatalogues extends GlobalConfiguration {
    /** The folder under JENKINS_HOME holding one cache repository per catalogue. */
    public static final String CACHE = "skylark-template-catalogues";

    private List<GitCatalogueConfig> catalogues = new ArrayList<>();
    private transient volatile CatalogueLibrary library;
    private transient LibraryLoader loader;

    public TemplateCatalogues() {
        load();
        if (catalogues == null) {
            catalogues = new ArrayList<>();
        }
    }

    /** The instance Jenkins holds. */
    public static TemplateCatalogues get() {
        TemplateCatalogues configuration = Jenkins.get().getDescriptorByType(TemplateCatalogues.class);
        if (configuration == null) {
            throw new IllegalStateException("TemplateCatalogues is not registered; is the plugin loaded?");
        }
        return configuration;
    }

    /** Every catalogue's templates and problems as last loaded (what the pages read). */
    public static TemplateLibrary library() {
        return get().current();
    }

    /** The library as last loaded; the first call after a start reads the caches. */
    public CatalogueLibrary current() {
        CatalogueLibrary loaded = library;
        if (loaded == null) {
            synchronized (this) {
                if (library == null) {
                    library = loader().load(specs(), GitLogins::of, false);
                }
                loaded = library;
            }
        }
        return loaded;
    }

    /** Fetches every Git catalogue again and puts the result in force. */
    public synchronized CatalogueLibrary reload() {
        library = loader().load(specs(), GitLogins::of, true);
        return library;
    }

    public List<GitCatalogueConfig> getCatalogues() {
        return List.copyOf(catalogues);
    }

    /**
     * Replaces the Git catalogues (Configuration as Code, scripts), then reloads.
     *
     * @throws IllegalArgumentException naming every rejected field; the previous catalogues stay
     */
    @DataBoundSetter
    public void setCatalogues(List<GitCatalogueConfig> candidate) {
        replace(candidate, Locale.getDefault());
    }

    private void replace(List<GitCatalogueConfig> candidate, Locale locale) {
        List<GitCatalogueConfig> next = candidate == null ? List.of() : List.copyOf(candidate);
        List<GitCatalogueSpec.FieldProblem> problems =
                GitCatalogueSpec.problems(next.stream().map(GitCatalogueConfig::toSpec).toList(), locale);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(Object::toString)
                    .collect(Collectors.joining("; ")));
        }
        synchronized (this) {
            catalogues = new ArrayList<>(next);
            save();
        }
        reload();
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        Object form = json.opt("catalogues");
        List<GitCatalogueConfig> candidate = form == null ? List.of() : req.bindJSONToList(GitCatalogueConfig.class, form);
        try {
            replace(candidate, ViewerLocale.get());
        } catch (IllegalArgumentException e) {
            throw new FormException(e.getMessage(), e, "catalogues");
        }
        return true;
    }

    /** {@code POST …/descriptorByName/<this class>/reload}: reloads and answers what loaded (JSON). */
    @POST
    public void doReload(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        StaplerApi.serve(req, rsp, new ReloadEndpoint(JenkinsViewer.current(), this::reload), true);
    }

    @Override
    public String getDisplayName() {
        return Messages.page("TemplateCatalogues.displayName");
    }

    private List<GitCatalogueSpec> specs() {
        return catalogues.stream().map(GitCatalogueConfig::toSpec).toList();
    }

    private synchronized LibraryLoader loader() {
        if (loader == null) {
            loader = new LibraryLoader(
                    OfficialCatalogue.load(TemplateCatalogues.class.getClassLoader(),
                            OfficialCatalogue.pluginVersion(TemplateCatalogues.class)),
                    new GitCatalogueReader(Jenkins.get().getRootDir().toPath().resolve(CACHE)));
        }
        return loader;
    }
}
