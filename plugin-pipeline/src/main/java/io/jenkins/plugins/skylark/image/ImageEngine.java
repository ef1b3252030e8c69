package io.jenkins.plugins.skylark.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.JibContainer;
import io.jenkins.plugins.skylark.image.retry.RetryPolicy;
import com.google.common.util.concurrent.MoreExecutors;
import io.jenkins.plugins.skylark.image.retry.OperationTracker;
import io.jenkins.plugins.skylark.image.retry.RegistryRetries;
import io.jenkins.plugins.skylark.image.retry.Sleeper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds one OCI image with Jib, without a Docker daemon, and pushes it (or writes an OCI archive).
 * Meant to run where the workspace is (on the agent): the request and result are serialisable and
 * progress goes to a plain {@code Consumer<String>}. The request is checked and the workspace read
 * before any network traffic, so a bad request or an empty pattern fails without side effects.
 * Registry calls that fail transiently are retried under a {@link RetryPolicy}, a log line per retry.
 */
public final class ImageEngine {

    private static final String TOOL_NAME = "skylark-pipeline";

    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;

    /** Retries transient registry failures under {@link RetryPolicy#DEFAULT}. */
    public ImageEngine() {
        this(RetryPolicy.DEFAULT, Sleeper.REAL);
    }

    /** With another retry policy, and a sleeper that tests can make instant. */
    public ImageEngine(RetryPolicy retryPolicy, Sleeper sleeper) {
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
    }

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
            Path cache = Files.createTempDirectory("skylark-image-layers-");
            applicationCache = cache;
            PushTracker tracker = new PushTracker(log);
            OperationTracker operation = new OperationTracker();
            JibContainer container = retries(log).run(serial -> {
                Containerizer containerizer = containerizer(request, target, cache, tracker).addEventHandler(operation);
                if (serial) {
                    containerizer.setExecutorService(MoreExecutors.newDirectExecutorService()); // as jib.serialize does
                }
                return ContainerDefinition.of(request, target, layers).containerize(containerizer);
            }, operation::current);
            List<LayerResult> results = LayerDigests.read(applicationCache, layers, tracker);
            return report(target, container, results, tracker, log);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw FailureTranslator.translate(e, request, target, redactor);
        } finally {
            deleteQuietly(applicationCache);
        }
    }

    private RegistryRetries retries(Consumer<String> log) {
        return new RegistryRetries(retryPolicy, sleeper, () -> ThreadLocalRandom.current().nextDouble(),
                (failure, attempt, attempts, delay) -> log.accept(Messages.format("progress.retry", failure,
                        String.format(Locale.ROOT, "%.1f", delay.toMillis() / 1000.0),
                        String.valueOf(attempt + 1), String.valueOf(attempts))));
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
