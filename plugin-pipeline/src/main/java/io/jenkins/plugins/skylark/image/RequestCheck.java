package io.jenkins.plugins.skylark.image;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Ports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a request before anything is read or sent, so a mistake fails fast with the field named and
 * nothing half-done. File patterns are checked later, when the workspace is read.
 */
final class RequestCheck {

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private RequestCheck() {
    }

    static void check(ImageRequest request) throws ImageBuildException {
        checkWorkspace(request.workspace());
        checkLayers(request.layers());
        checkTarget(request);
        checkBaseImage(request.baseImage());
        checkEntries("entrypoint", request.entrypoint());
        checkPorts(request.ports());
        checkEnvironment(request.environment());
        checkLabels(request.labels());
        if (request.workingDirectory() != null) {
            checkAbsolute("workingDirectory", request.workingDirectory());
        }
    }

    private static void checkWorkspace(String workspace) throws ImageBuildException {
        if (workspace == null || workspace.isBlank()) {
            throw Messages.invalid("invalid.required", "workspace");
        }
        if (!Files.isDirectory(Path.of(workspace))) {
            throw Messages.invalid("invalid.workspace", workspace);
        }
    }

    private static void checkLayers(List<LayerSpec> layers) throws ImageBuildException {
        if (layers.isEmpty()) {
            throw Messages.invalid("invalid.noLayers");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            String field = "layers[" + i + "]";
            if (layer.name() == null || layer.name().isBlank()) {
                throw Messages.invalid("invalid.required", field + ".name");
            }
            if (!names.add(layer.name())) {
                throw Messages.invalid("invalid.duplicateLayer", field + ".name", layer.name());
            }
            if (layer.kind() == null) {
                throw Messages.invalid("invalid.required", field + ".kind");
            }
            if (layer.includes().isEmpty()) {
                throw Messages.invalid("invalid.noIncludes", field + ".includes");
            }
            checkEntries(field + ".includes", layer.includes());
            checkAbsolute(field + ".target", layer.target());
        }
    }

    private static void checkTarget(ImageRequest request) throws ImageBuildException {
        String repository = request.repository();
        if (repository == null || repository.isBlank()) {
            throw Messages.invalid("invalid.required", "repository");
        }
        if (!ImageReference.isValidRepository(repository)) {
            throw Messages.invalid("invalid.repository", repository);
        }
        for (String tag : request.tags()) {
            if (tag == null || !ImageReference.isValidTag(tag)) {
                throw Messages.invalid("invalid.tag", tag);
            }
        }
        if (request.registry() != null && !ImageReference.isValidRegistry(ImageTarget.hostOf(request.registry()))) {
            throw Messages.invalid("invalid.registry", request.registry());
        }
    }

    private static void checkBaseImage(String baseImage) throws ImageBuildException {
        if (ImageRequest.SCRATCH.equals(baseImage)) {
            return;
        }
        try {
            ImageReference.parse(baseImage);
        } catch (InvalidImageReferenceException e) {
            throw Messages.invalid("invalid.baseImage", baseImage);
        }
    }

    private static void checkPorts(List<String> ports) throws ImageBuildException {
        checkEntries("ports", ports);
        try {
            Ports.parse(ports);
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw Messages.invalid("invalid.port", ports, e.getMessage());
        }
    }

    private static void checkEnvironment(Map<String, String> environment) throws ImageBuildException {
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            if (!ENV_NAME.matcher(variable.getKey()).matches()) {
                throw Messages.invalid("invalid.envName", variable.getKey());
            }
            if (variable.getValue() == null) {
                throw Messages.invalid("invalid.required", "environment." + variable.getKey());
            }
        }
    }

    private static void checkLabels(Map<String, String> labels) throws ImageBuildException {
        for (Map.Entry<String, String> label : labels.entrySet()) {
            if (label.getKey().isBlank()) {
                throw Messages.invalid("invalid.labelName");
            }
            if (label.getValue() == null) {
                throw Messages.invalid("invalid.required", "labels." + label.getKey());
            }
        }
    }

    private static void checkEntries(String field, List<String> entries) throws ImageBuildException {
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                throw Messages.invalid("invalid.blankEntry", field);
            }
        }
    }

    private static void checkAbsolute(String field, String path) throws ImageBuildException {
        if (path == null || !path.startsWith("/")) {
            throw Messages.invalid("invalid.absolute", field, path);
        }
    }
}
