package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

/** An action that learns which run it belongs to when attached or loaded. */
public interface RunAction2 extends Action {
    void onAttached(Run<?, ?> r);

    void onLoad(Run<?, ?> r);
}
