package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.Action;
import java.util.Collection;

/**
 * Adds actions to objects of a type (folders, jobs) without saving them: Jenkins asks every factory
 * whenever it lists an object's actions. Only the members Skylark uses are declared.
 */
public abstract class TransientActionFactory<T> implements ExtensionPoint {

    public TransientActionFactory() {
    }

    public abstract Class<T> type();

    public Class<? extends Action> actionType() {
        return Action.class;
    }

    public abstract Collection<? extends Action> createFor(T target);
}
