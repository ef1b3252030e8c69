package io.jenkins.plugins.skylark.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Reads an OCI image archive the way a consumer would: index, manifest, then layer tarballs. */
final class OciArchive {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, byte[]> files;

    private OciArchive(Map<String, byte[]> files) {
        this.files = files;
    }

    static OciArchive read(Path archive) throws IOException {
        try (InputStream in = Files.newInputStream(archive)) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (TarArchiveEntry entry : entries(in, files)) {
                files.putIfAbsent(entry.getName(), new byte[0]);
            }
            return new OciArchive(files);
        }
    }

    List<String> names() {
        return new ArrayList<>(files.keySet());
    }

    JsonNode manifest() throws IOException {
        JsonNode index = JSON.readTree(files.get("index.json"));
        return JSON.readTree(blob(index.path("manifests").get(0).path("digest").asText()));
    }

    /** The entries of the image's {@code position}-th layer, in archive order. */
    List<TarArchiveEntry> layerEntries(int position) throws IOException {
        String digest = manifest().path("layers").get(position).path("digest").asText();
        try (InputStream layer = new GZIPInputStream(new ByteArrayInputStream(blob(digest)))) {
            return entries(layer, new LinkedHashMap<>());
        }
    }

    private byte[] blob(String digest) {
        return files.get("blobs/" + digest.replace(':', '/'));
    }

    private static List<TarArchiveEntry> entries(InputStream in, Map<String, byte[]> contents) throws IOException {
        List<TarArchiveEntry> entries = new ArrayList<>();
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            entries.add(entry);
            contents.put(entry.getName(), tar.readAllBytes());
        }
        return entries;
    }
}
