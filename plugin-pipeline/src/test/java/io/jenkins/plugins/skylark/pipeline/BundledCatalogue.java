package io.jenkins.plugins.skylark.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Whether a built {@code .hpi} carries the official template catalogue: its plugin jar must hold
 * {@code skylark-templates/index.txt}, a {@code template.yaml} for every id the index lists, and every
 * file of the catalogue's source folder, byte for byte.
 */
final class BundledCatalogue {
    static final String INDEX = "skylark-templates/index.txt";

    private BundledCatalogue() {
    }

    /** What the plugin jar {@code WEB-INF/lib/<shortName>.jar} of {@code hpi} lacks; empty when complete. */
    static List<String> problems(Path hpi, String shortName, Path sources) throws IOException {
        Map<String, byte[]> bundled = catalogueEntries(hpi, "WEB-INF/lib/" + shortName + ".jar");
        List<String> problems = new ArrayList<>();
        byte[] index = bundled.get(INDEX);
        if (index == null) {
            problems.add(INDEX + " is not in the plugin jar");
            return problems;
        }
        for (String line : new String(index, StandardCharsets.UTF_8).lines().toList()) {
            String id = line.replaceFirst("#.*", "").strip();
            if (!id.isEmpty() && !bundled.containsKey("skylark-templates/" + id + "/template.yaml")) {
                problems.add("template " + id + " is listed in " + INDEX + " but its template.yaml is not bundled");
            }
        }
        try (Stream<Path> files = Files.walk(sources.resolve("skylark-templates"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = sources.relativize(file).toString().replace('\\', '/');
                byte[] inJar = bundled.get(name);
                if (inJar == null) {
                    problems.add(name + " is not bundled");
                } else if (!Arrays.equals(inJar, Files.readAllBytes(file))) {
                    problems.add(name + " differs from its source");
                }
            }
        }
        return problems;
    }

    /** The {@code skylark-templates/} entries of the jar {@code jarPath} inside {@code hpi}, by name. */
    private static Map<String, byte[]> catalogueEntries(Path hpi, String jarPath) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(hpi.toFile())) {
            ZipEntry jar = zip.getEntry(jarPath);
            if (jar == null) {
                throw new IOException(jarPath + " is not in " + hpi);
            }
            try (InputStream in = zip.getInputStream(jar); ZipInputStream nested = new ZipInputStream(in)) {
                for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                    if (!entry.isDirectory() && entry.getName().startsWith("skylark-templates/")) {
                        entries.put(entry.getName(), nested.readAllBytes());
                    }
                }
            }
        }
        return entries;
    }
}
