package io.jenkins.plugins.skylark.deploy.release;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The release lock in a map: holder per application and namespace. */
final class MapLeaseLock implements LeaseLock {
    final Map<String, String> holders = new ConcurrentHashMap<>();

    @Override
    public Optional<String> tryAcquire(ReleaseTarget target, String holder) {
        String current = holders.putIfAbsent(key(target), holder);
        return current == null || current.equals(holder) ? Optional.empty() : Optional.of(current);
    }

    @Override
    public void release(ReleaseTarget target, String holder) {
        holders.remove(key(target), holder);
    }

    String holder(ReleaseTarget target) {
        return holders.get(key(target));
    }

    private static String key(ReleaseTarget target) {
        return target.namespace() + "/" + target.application();
    }
}
