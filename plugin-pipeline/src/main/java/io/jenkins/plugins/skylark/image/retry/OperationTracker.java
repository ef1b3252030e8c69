package io.jenkins.plugins.skylark.image.retry;

import com.google.cloud.tools.jib.api.JibEvent;
import com.google.cloud.tools.jib.event.events.ProgressEvent;
import java.util.function.Consumer;

/**
 * Names the registry operation Jib is working on, from the progress allocation it opened last
 * ({@code "pushing blob sha256:…"}, {@code "pushing manifest for 42"}, {@code "authenticating push to …"}).
 * Exact when Jib runs its steps one at a time, as it does on the retries.
 */
public final class OperationTracker implements Consumer<JibEvent> {

    private volatile String current = "";

    @Override
    public void accept(JibEvent event) {
        if (event instanceof ProgressEvent progress && progress.getUnits() == 0) {
            current = progress.getAllocation().getDescription(); // 0 units: an allocation just opened
        }
    }

    public String current() {
        return current;
    }
}
