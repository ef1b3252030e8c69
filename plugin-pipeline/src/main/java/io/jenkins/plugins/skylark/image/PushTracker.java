package io.jenkins.plugins.skylark.image;

import com.google.cloud.tools.jib.api.JibEvent;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.event.events.ProgressEvent;
import com.google.cloud.tools.jib.event.events.TimerEvent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Listens to Jib while it works: passes its log lines on (without debug noise, with the password
 * masked) and records which blobs were really uploaded. Jib announces every blob it considers with
 * a progress allocation {@code "pushing blob <digest>"} sized in bytes, and starts the upload of the
 * blobs the registry does not have yet with a timer lap {@code "pushBlob PATCH <digest>"}; blobs the
 * registry already has (or mounts from another repository) never get that lap. The bytes sent are
 * the sizes of the uploaded blobs. Tests check this count against a byte-counting proxy.
 */
final class PushTracker implements Consumer<JibEvent> {

    private static final String BLOB_ALLOCATION = "pushing blob ";
    private static final String BLOB_UPLOAD = "pushBlob PATCH ";
    private static final String FILE_LISTING = "Containerizing application with the following files";

    private final Consumer<String> progress;
    private final Map<String, Long> blobSizes = new ConcurrentHashMap<>();
    private final Set<String> uploaded = ConcurrentHashMap.newKeySet();

    PushTracker(Consumer<String> progress) {
        this.progress = progress;
    }

    @Override
    public void accept(JibEvent event) {
        if (event instanceof LogEvent log) {
            if (worthShowing(log)) {
                progress.accept(log.getMessage());
            }
        } else if (event instanceof ProgressEvent allocation) {
            String description = allocation.getAllocation().getDescription();
            if (description.startsWith(BLOB_ALLOCATION)) {
                blobSizes.put(description.substring(BLOB_ALLOCATION.length()),
                        allocation.getAllocation().getAllocationUnits());
            }
        } else if (event instanceof TimerEvent timer && timer.getDescription().startsWith(BLOB_UPLOAD)) {
            uploaded.add(timer.getDescription().substring(BLOB_UPLOAD.length()));
        }
    }

    /** Not debug noise, and not Jib's file-by-file listing: one summary line per layer is printed instead. */
    private static boolean worthShowing(LogEvent log) {
        String message = log.getMessage();
        return log.getLevel() != LogEvent.Level.DEBUG && !message.isBlank() && !Character.isWhitespace(message.charAt(0))
                && !message.startsWith(FILE_LISTING);
    }

    boolean wasUploaded(String digest) {
        return uploaded.contains(digest);
    }

    int uploadCount() {
        return uploaded.size();
    }

    long bytesSent() {
        return uploaded.stream().mapToLong(digest -> blobSizes.getOrDefault(digest, 0L)).sum();
    }
}
