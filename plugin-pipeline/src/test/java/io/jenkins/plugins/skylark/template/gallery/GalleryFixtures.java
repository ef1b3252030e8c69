package io.jenkins.plugins.skylark.template.gallery;

import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.TemplateCatalog;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueProblem;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import io.jenkins.plugins.skylark.template.catalogue.TemplateLibrary;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The gallery tests' world: a catalogue jar played by {@code catalogue/} next to the tests (read by
 * {@link TemplateCatalog#load}, as the official catalogue is), folders {@code shop} (bound to project
 * shop) with subfolder {@code shop/backend}, {@code bank} (bound to bank) and {@code loose} (unbound),
 * and a job factory that records what it is asked.
 */
public final class GalleryFixtures {

    public static final List<FolderBinding> FOLDERS = List.of(new FolderBinding("shop", "shop"),
            new FolderBinding("shop/backend", "shop"), new FolderBinding("bank", "bank"),
            new FolderBinding("loose", null));

    private GalleryFixtures() {
    }

    /** The test catalogue as the official one, plus the given load problems. */
    public static TemplateLibrary library(CatalogueProblem... problems) {
        ClassLoader loader = catalogueLoader();
        List<CatalogueTemplate> templates = TemplateCatalog.load(loader).all().stream()
                .map(d -> new CatalogueTemplate("official", "test", d)).toList();
        return new TemplateLibrary() {
            @Override
            public List<CatalogueTemplate> templates() {
                return templates;
            }

            @Override
            public List<CatalogueProblem> problems() {
                return List.of(problems);
            }

            @Override
            public Optional<byte[]> icon(String catalogueId, String templateId) {
                return find(catalogueId, templateId).filter(t -> t.descriptor().icon() != null)
                        .map(t -> read(loader, TemplateCatalog.ROOT + "/" + templateId + "/" + t.descriptor().icon()));
            }
        };
    }

    private static byte[] read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassLoader catalogueLoader() {
        try {
            Path index = Path.of(GalleryFixtures.class.getResource("catalogue/" + TemplateCatalog.INDEX).toURI());
            return new URLClassLoader(new URL[] {index.getParent().getParent().toUri().toURL()}, null);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A job factory that records each call and answers the job's URL; names in {@code taken} exist already. */
    public static final class RecordingJobs implements JobFactory {
        public record Call(String folder, String name, CatalogueTemplate template, RenderedJenkinsfile rendered) {
        }

        public final List<Call> calls = new ArrayList<>();
        private final List<String> taken;

        public RecordingJobs(String... taken) {
            this.taken = List.of(taken);
        }

        @Override
        public String create(String folder, String name, CatalogueTemplate template, RenderedJenkinsfile rendered) {
            if (taken.contains(folder + "/" + name)) {
                throw new IllegalArgumentException("an item named " + name + " already exists in " + folder);
            }
            calls.add(new Call(folder, name, template, rendered));
            return "job/" + String.join("/job/", (folder + "/" + name).split("/")) + "/";
        }
    }
}
