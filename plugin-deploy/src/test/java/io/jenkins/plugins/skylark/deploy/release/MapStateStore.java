package io.jenkins.plugins.skylark.deploy.release;

import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The release state in a map, shared by the engines of one test as the ConfigMap is by builds. */
final class MapStateStore implements StateStore {
    final Map<String, ReleaseState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<ReleaseState> load(ReleaseTarget target) {
        return Optional.ofNullable(states.get(key(target)));
    }

    @Override
    public ReleaseState save(ReleaseState state) {
        states.put(key(state.target()), state);
        return state;
    }

    @Override
    public ReleaseState update(ReleaseTarget target, UnaryOperator<ReleaseState> change) {
        return states.compute(key(target), (key, state) -> {
            if (state == null) {
                throw new IllegalStateException("no state for " + key);
            }
            return change.apply(state);
        });
    }

    private static String key(ReleaseTarget target) {
        return target.namespace() + "/" + target.application();
    }
}
