package io.jenkins.plugins.skylark.image;

import com.google.cloud.tools.jib.api.CacheDirectoryCreationException;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.cache.CacheCorruptedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds one OCI image with Jib, without a Docker daemon, and pushes it (or writes an OCI archive).
 * Meant to run where the workspace is (on the agent): the request and result are serialisable and
 * progress goes to a plain {@code Consumer<String>}. The request is checked and the workspace read
 * before any network traffic, so a bad request or an empty pattern fails without side effects.
 */
public final class ImageEngine {

    private static final String TOOL_NAME = "skylark-pipeline";

    /**
     * Builds and pushes (or archives) the image described by {@code request}.
     *
     * @param progress receives human-readable lines; never a secret
     * @throws ImageBuildException with a message naming what failed (see {@link ImageBuildException.Reason})
     * @throws InterruptedException when the build is aborted
     */
    public ImageResult build(ImageRequest request, Consumer<String> progress)
            throws ImageBuildException, InterruptedException {
        Redactor redactor = Redactor.of(request.credentials());
        Consumer<String> log = line -> {
            synchronized (progress) { // Jib reports from several threads
                progress.accept(redactor.apply(line));
            }
        };
        RequestCheck.check(request);
        Path workspace = Path.of(request.workspace()).toAbsolutePath().normalize();
        ImageTarget target = ImageTarget.of(request, workspace);
        List<LayerPlan.PlannedLayer> layers = LayerPlan.plan(request.layers(), new WorkspaceFiles(workspace));
        log.accept(Messages.format("progress.base", request.baseImage()));
        layers.forEach(layer -> log.accept(Messages.format("progress.layer", layer.spec().name(),
                layer.spec().kind(), String.valueOf(layer.files()), layer.spec().target())));
        return buildPlanned(request, target, layers, log, redactor);
    }

    private ImageResult buildPlanned(ImageRequest request, ImageTarget target, List<LayerPlan.PlannedLayer> layers,
            Consumer<String> log, Redactor redactor) throws ImageBuildException, InterruptedException {
        Path applicationCache = null;
        try {
            applicationCache = Files.createTempDirectory("skylark-image-layers-");
            PushTracker tracker = new PushTracker(log);
            JibContainer container = ContainerDefinition.of(request, target, layers)
                    .containerize(containerizer(request, target, applicationCache, tracker));
            List<LayerResult> results = LayerDigests.read(applicationCache, layers, tracker);
            return report(target, container, results, tracker, log);
        } catch (IOException | RegistryException | ExecutionException | CacheDirectoryCreationException
                | CacheCorruptedException | InvalidImageReferenceException | RuntimeException e) {
            throw FailureTranslator.translate(e, request, target, redactor);
        } finally {
            deleteQuietly(applicationCache);
        }
    }

    private static Containerizer containerizer(ImageRequest request, ImageTarget target, Path applicationCache,
            PushTracker tracker) {
        Containerizer containerizer = target.containerizer(request.credentials())
                .setToolName(TOOL_NAME)
                .setAllowInsecureRegistries(request.insecure() || ImageTarget.plainHttp(request.registry()))
                .setApplicationLayersCache(applicationCache)
                .addEventHandler(tracker);
        if (request.cacheDirectory() != null) {
            containerizer.setBaseImageLayersCache(Path.of(request.cacheDirectory()));
        }
        return containerizer;
    }

    private static ImageResult report(ImageTarget target, JibContainer container, List<LayerResult> layers,
            PushTracker tracker, Consumer<String> log) {
        String digest = container.getDigest().toString();
        String reference = target.referenceWith(digest);
        List<String> tags = new ArrayList<>(target.tags());
        if (target.isArchive()) {
            log.accept(Messages.format("progress.archive", target.archive(), reference));
            return new ImageResult(ImageResult.Destination.ARCHIVE, reference, digest, tags, layers, 0,
                    target.archive().toString());
        }
        long sent = tracker.bytesSent();
        long layersSent = layers.stream().filter(LayerResult::sent).count();
        log.accept(Messages.format("progress.pushed", reference, String.join(", ", tags)));
        log.accept(Messages.format("progress.sent", String.valueOf(sent), String.valueOf(tracker.uploadCount()),
                String.valueOf(layersSent), String.valueOf(layers.size())));
        return new ImageResult(ImageResult.Destination.REGISTRY, reference, digest, tags, layers, sent, null);
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover temporary cache is harmless
        }
    }
}
