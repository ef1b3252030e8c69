package io.jenkins.plugins.skylark.template.catalogue;

import io.jenkins.plugins.skylark.template.TemplateSource;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * One template folder of a catalogue, wherever its files are (class path, a Git tree). Files are named
 * relative to the catalogue's root ({@code <template id>/<path>}), as problems name them; icons are read
 * as bytes (a PNG is not text).
 */
public final class CatalogueFolder implements TemplateSource {

    private final String id;
    private final Function<String, Optional<byte[]>> files;

    /**
     * @param id    the template id (the folder's name)
     * @param files the folder's files by path relative to the folder, empty when missing
     */
    public CatalogueFolder(String id, Function<String, Optional<byte[]>> files) {
        this.id = id;
        this.files = files;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String describe(String path) {
        return id + "/" + path;
    }

    @Override
    public Optional<String> read(String path) {
        return bytes(path).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    public Optional<byte[]> bytes(String path) {
        return files.apply(path);
    }
}
