package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.harness.process.ChildJvm;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An operator's bad day, the hard way: a child JVM ({@link IngestChild}) records events into the store
 * at {@code jdbcUrl} and is killed with {@code SIGKILL} once it has acknowledged {@code acksBeforeKill}
 * of them; then the store is reopened and, as a retried node block would, every event up to the last
 * acknowledged one (and the one that may have been in flight) is recorded again.
 *
 * @param acknowledged    keys the child reported as recorded before it died, in order
 * @param lostAfterReopen acknowledged keys missing from the reopened store
 * @param recordedAgain   acknowledged keys the retry recorded as new ({@code true}): what a build would count twice
 * @param keyCounts       how often each key is in the store after the retry
 */
record KillDuringIngest(List<String> acknowledged, Set<String> lostAfterReopen, Set<String> recordedAgain,
        Map<String, Long> keyCounts) {

    static KillDuringIngest run(String jdbcUrl, Path folder, int acksBeforeKill) {
        List<String> acknowledged = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(IngestChild.class, folder, List.of(jdbcUrl))) {
            String first = child.nextLine().orElse("");
            if (!IngestChild.READY.equals(first)) {
                throw new IllegalStateException("the ingesting JVM did not start: " + first + "\n" + child.errors());
            }
            while (acknowledged.size() < acksBeforeKill) {
                Optional<String> line = child.nextLine();
                if (line.isEmpty()) {
                    throw new IllegalStateException("the ingesting JVM died by itself:\n" + child.errors());
                }
                acknowledged.add(ackedKeyOf(line.get()));
            }
            child.kill();
            // what it acknowledged between the last line read and its death is still in the pipe
            for (Optional<String> line = child.nextLine(); line.isPresent(); line = child.nextLine()) {
                String key = IngestChild.ackedKey(line.get());
                if (key != null) {
                    acknowledged.add(key);
                }
            }
        }
        return reopenAndRetry(new DatabaseSettings(jdbcUrl, null, null), acknowledged);
    }

    private static String ackedKeyOf(String line) {
        String key = IngestChild.ackedKey(line);
        if (key == null) {
            throw new IllegalStateException("unexpected line from the ingesting JVM: " + line);
        }
        return key;
    }

    private static KillDuringIngest reopenAndRetry(DatabaseSettings settings, List<String> acknowledged) {
        int inFlight = acknowledged.stream().mapToInt(IngestChild::index).max().orElse(-1) + 1;
        try (MetricsDatabase database = MetricsDatabase.open(settings)) {
            Set<String> present = new LinkedHashSet<>(storedKeys(database, inFlight));
            Set<String> lost = acknowledged.stream().filter(key -> !present.contains(key))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            DeliveryRecorder recorder = new DeliveryRecorder(database);
            Set<String> recordedAgain = new LinkedHashSet<>();
            Set<String> acked = Set.copyOf(acknowledged);
            for (int index = 0; index <= inFlight; index++) {
                boolean recorded = recorder.record(IngestChild.event(index), List.of());
                if (recorded && acked.contains(IngestChild.key(index))) {
                    recordedAgain.add(IngestChild.key(index));
                }
            }
            Map<String, Long> counts = storedKeys(database, inFlight).stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            return new KillDuringIngest(List.copyOf(acknowledged), lost, recordedAgain, counts);
        }
    }

    private static List<String> storedKeys(MetricsDatabase database, int lastIndex) {
        return new DeliveryStore(database)
                .history(new MetricsScope(MetricsScope.ALL, MetricsScope.ALL), IngestChild.after(lastIndex))
                .deployments().stream().map(Deployment::idempotencyKey).toList();
    }

    /** Keys stored more than once after the retry. */
    Set<String> duplicates() {
        return keyCounts.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Override
    public String toString() {
        return acknowledged.size() + " acknowledged, " + lostAfterReopen.size() + " of them lost after the kill "
                + lostAfterReopen + ", " + recordedAgain.size() + " recorded again as new, duplicates " + duplicates();
    }
}
