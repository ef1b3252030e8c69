package io.jenkins.plugins.skylark.deploy.release;

import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where the engine keeps a release's state: the cluster (the state package's store), or a map in unit tests. */
interface StateStore {

    Optional<ReleaseState> load(ReleaseTarget target);

    /** Writes {@code state}, replacing what is there. */
    ReleaseState save(ReleaseState state);

    /** Re-reads the state, applies {@code change} and writes it, again on a conflicting write. */
    ReleaseState update(ReleaseTarget target, UnaryOperator<ReleaseState> change);
}
