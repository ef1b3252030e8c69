package io.jenkins.plugins.skylark.image;

import com.google.cloud.tools.jib.api.CacheDirectoryCreationException;
import com.google.cloud.tools.jib.cache.Cache;
import com.google.cloud.tools.jib.cache.CacheCorruptedException;
import com.google.cloud.tools.jib.cache.CachedLayer;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the digests and sizes of the image's own layers from the application layer cache Jib has
 * just written for this build (a directory private to the build), keyed by each layer's entries.
 * Jib's public API does not report per-layer digests; its cache is the one place that knows them.
 */
final class LayerDigests {

    private LayerDigests() {
    }

    static List<LayerResult> read(Path applicationCache, List<LayerPlan.PlannedLayer> layers, PushTracker tracker)
            throws IOException, CacheDirectoryCreationException, CacheCorruptedException {
        Cache cache = Cache.withDirectory(applicationCache);
        List<LayerResult> results = new ArrayList<>();
        for (LayerPlan.PlannedLayer planned : layers) {
            CachedLayer layer = cache.retrieve(ImmutableList.copyOf(planned.layer().getEntries()))
                    .orElseThrow(() -> new IOException("layer " + planned.spec().name() + " missing from Jib's cache"));
            String digest = layer.getDigest().toString();
            results.add(new LayerResult(planned.spec().name(), planned.spec().kind(), planned.files(), digest,
                    layer.getSize(), tracker.wasUploaded(digest)));
        }
        return results;
    }
}
