package io.jenkins.plugins.skylark.jira;

import io.jenkins.plugins.skylark.notify.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records the waits asked for instead of sleeping: no test waits for real. */
final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }
}
