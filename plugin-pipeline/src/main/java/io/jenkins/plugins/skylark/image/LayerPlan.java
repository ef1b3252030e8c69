package io.jenkins.plugins.skylark.image;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The image's own layers, ready for Jib: ordered by {@link LayerKind} (stable within a kind), each file
 * with a fixed modification time and permissions that depend only on whether it is executable, so the
 * same files always give the same layer digest whatever their timestamps on disk.
 */
final class LayerPlan {

    /** Jib's own reproducible default: one second after the epoch (zero reads as "unset" to some tools). */
    static final Instant FILE_TIME = Instant.ofEpochSecond(1);
    private static final FilePermissions FILE = FilePermissions.fromOctalString("644");
    private static final FilePermissions EXECUTABLE = FilePermissions.fromOctalString("755");

    /** A Jib layer with what the result reports about it. */
    record PlannedLayer(LayerSpec spec, FileEntriesLayer layer, int files) {
    }

    private LayerPlan() {
    }

    static List<PlannedLayer> plan(List<LayerSpec> specs, WorkspaceFiles files) throws ImageBuildException {
        List<LayerSpec> ordered = new ArrayList<>(specs);
        ordered.sort(Comparator.comparing(LayerSpec::kind)); // List.sort is stable: declared order within a kind
        List<PlannedLayer> planned = new ArrayList<>();
        for (LayerSpec spec : ordered) {
            planned.add(planOne(spec, files, "layers[" + specs.indexOf(spec) + "]"));
        }
        return planned;
    }

    private static PlannedLayer planOne(LayerSpec spec, WorkspaceFiles files, String field) throws ImageBuildException {
        Path directory = files.directoryOf(spec, field + ".directory");
        AbsoluteUnixPath target = AbsoluteUnixPath.get(spec.target());
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(spec.name());
        List<Path> matched = files.matching(spec, field + ".includes");
        for (Path file : matched) {
            AbsoluteUnixPath inImage = target.resolve(directory.relativize(file).toString().replace('\\', '/'));
            layer.addEntry(file, inImage, Files.isExecutable(file) ? EXECUTABLE : FILE, FILE_TIME);
        }
        return new PlannedLayer(spec, layer.build(), matched.size());
    }
}
