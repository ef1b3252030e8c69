package io.jenkins.plugins.skylark.jenkinsapi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference listing ({@code javap -protected} of the real Jenkins jars): per class, the
 * declaration line and the member lines, normalised so that formatting quirks do not count.
 */
final class SignatureListing {
    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "abstract", "static",
            "final", "transient", "volatile", "synchronized", "native", "default", "strictfp");

    /** One class of the listing. */
    record Entry(String declaration, Set<String> members) {
    }

    private final Map<String, Entry> entries;

    private SignatureListing(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static SignatureListing load(String resource) throws IOException {
        try (InputStream in = SignatureListing.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    private static SignatureListing parse(List<String> lines) {
        Map<String, Entry> entries = new HashMap<>();
        String name = null;
        String declaration = null;
        Set<String> members = new LinkedHashSet<>();
        for (String line : lines) {
            if (line.startsWith("### ")) {
                name = line.substring(4).trim();
                declaration = null;
                members = new LinkedHashSet<>();
            } else if (name != null && declaration == null) {
                declaration = normalize(line);
            } else if (name != null && line.trim().equals("}")) {
                entries.put(name, new Entry(declaration, Collections.unmodifiableSet(members)));
                name = null;
            } else if (name != null) {
                members.add(normalize(line));
            }
        }
        return new SignatureListing(entries);
    }

    Entry entry(String binaryName) {
        return entries.get(binaryName);
    }

    /** Canonical form: single spaces, ", " between list items, sorted leading modifiers, no trailing ; or {. */
    static String normalize(String line) {
        String s = line.trim().replace('/', '.');
        if (s.endsWith(";") || s.endsWith("{")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        s = s.replaceAll("\\s*,\\s*", ", ").replaceAll("\\s+", " ");
        List<String> tokens = new ArrayList<>(List.of(s.split(" ")));
        List<String> modifiers = new ArrayList<>();
        while (!tokens.isEmpty() && MODIFIERS.contains(tokens.get(0))) {
            modifiers.add(tokens.remove(0));
        }
        Collections.sort(modifiers);
        modifiers.addAll(tokens);
        return String.join(" ", modifiers);
    }
}
