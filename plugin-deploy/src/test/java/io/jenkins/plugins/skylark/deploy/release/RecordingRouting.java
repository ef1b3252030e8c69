package io.jenkins.plugins.skylark.deploy.release;

import io.jenkins.plugins.skylark.deploy.release.router.TrafficRouting;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficWeights;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A router double: keeps the split it was told, records every write ({@code setWeight 10}, {@code restoreStable}),
 * and lets a test look at the cluster at the moment of a write.
 */
final class RecordingRouting implements TrafficRouting {
    final List<String> writes = new CopyOnWriteArrayList<>();
    volatile int weight;
    final AtomicReference<ReleaseStep.Match> match = new AtomicReference<>();
    volatile boolean prepared;
    volatile Consumer<String> onWrite = write -> { };

    private void write(String what) {
        onWrite.accept(what);
        writes.add(what);
    }

    @Override
    public void prepare(ReleaseTarget target) {
        write("prepare");
        prepared = true; // keeps the split, as the routers do: a resumed release prepares again
    }

    @Override
    public void setWeight(ReleaseTarget target, int percent) {
        write("setWeight " + percent);
        weight = percent;
    }

    @Override
    public void setMatch(ReleaseTarget target, ReleaseStep.Match value) {
        write("setMatch " + value);
        match.set(value);
    }

    @Override
    public TrafficWeights read(ReleaseTarget target) {
        return new TrafficWeights(weight, match.get(), false);
    }

    @Override
    public void restoreStable(ReleaseTarget target) {
        write("restoreStable");
        weight = 0;
        match.set(null);
    }

    @Override
    public void remove(ReleaseTarget target) {
        write("remove");
        prepared = false;
    }

    /** The writes from the {@code index}-th on. */
    List<String> writesFrom(int index) {
        return List.copyOf(writes.subList(index, writes.size()));
    }
}
