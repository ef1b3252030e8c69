package hudson.model;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.ModelObjectWithContextMenu;

/** A model object that carries {@link Action}s. */
public abstract class Actionable extends AbstractModelObject implements ModelObjectWithContextMenu {
    private volatile CopyOnWriteArrayList<Action> actions;

    public Actionable() {
    }

    public List<Action> getActions() {
        if (actions == null) {
            synchronized (this) {
                if (actions == null) {
                    actions = new CopyOnWriteArrayList<>();
                }
            }
        }
        return actions;
    }

    public final List<? extends Action> getAllActions() {
        return Collections.unmodifiableList(getActions());
    }

    public <T extends Action> List<T> getActions(Class<T> type) {
        return getActions().stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void addAction(Action a) {
        getActions().add(a);
    }

    public void replaceAction(Action a) {
        addOrReplaceAction(a);
    }

    public boolean addOrReplaceAction(Action a) {
        List<Action> current = getActions();
        boolean found = false;
        for (Action existing : current) {
            if (!found && a.equals(existing)) {
                found = true;
            } else if (existing.getClass() == a.getClass()) {
                current.remove(existing);
            }
        }
        if (!found) {
            addAction(a);
        }
        return !found;
    }

    public <T extends Action> T getAction(Class<T> type) {
        for (Action a : getActions()) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }
}
