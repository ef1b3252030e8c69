package io.jenkins.plugins.skylark.template.gallery.jenkins;

import hudson.model.Action;
import io.jenkins.plugins.skylark.template.gallery.GalleryIcon;
import io.jenkins.plugins.skylark.template.gallery.GalleryScope;
import io.jenkins.plugins.skylark.template.gallery.TemplateGallery;
import io.jenkins.plugins.skylark.web.ApiException;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.jenkins.JenkinsViewer;
import io.jenkins.plugins.skylark.web.jenkins.StaplerApi;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.POST;

/**
 * The gallery page ({@code index.jelly}, shared by the root and folder pages) and its web methods. Each
 * builds the core gallery for the current user; the core checks permissions, {@code @POST} makes Jenkins
 * check the crumb of the changing calls.
 */
public abstract class GalleryAction implements Action {

    public static final String URL_NAME = "skylark-templates";

    /** Who may see what from this page. */
    abstract GalleryScope scope();

    /** The page's URL relative to Jenkins' root URL, without a trailing slash (the script's API base). */
    public abstract String getApiUrl();

    @Override
    public String getIconFileName() {
        return "symbol-add";
    }

    @Override
    public String getDisplayName() {
        return Messages.page("Gallery.displayName");
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    public void doTemplates(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, gallery().templates(), false);
    }

    public void doForm(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, gallery().form(), false);
    }

    @POST
    public void doPreview(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, gallery().preview(), true);
    }

    public void doFolders(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, gallery().folders(), false);
    }

    @POST
    public void doCreate(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        StaplerApi.serve(request, response, gallery().create(), true);
    }

    /** A template's icon; SVG in a sandbox without script, as catalogues come from Git repositories. */
    public void doIcon(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        ApiRequest asked = ApiRequest.get(Map.of("catalogue", param(request, "catalogue"),
                "template", param(request, "template")), request.getLocale());
        Optional<GalleryIcon> icon;
        try {
            icon = gallery().icon(asked);
        } catch (ApiException e) {
            response.sendError(e.status(), e.getMessage());
            return;
        }
        if (icon.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType(icon.get().contentType());
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = response.getOutputStream()) {
            out.write(icon.get().bytes());
        }
    }

    TemplateGallery gallery() {
        return new TemplateGallery(GallerySources.library(), GallerySources.jobs(), scope());
    }

    static GalleryScope rootScope() {
        return GalleryScope.root(JenkinsViewer.current(), GalleryFolders.all());
    }

    private static String param(StaplerRequest2 request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
