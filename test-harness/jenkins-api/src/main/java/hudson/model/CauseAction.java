package hudson.model;

import java.util.ArrayList;
import java.util.List;
import jenkins.model.RunAction2;

/** The causes of a build, in the order they were added. */
public class CauseAction implements RunAction2 {
    private final List<Cause> causes = new ArrayList<>();

    public CauseAction(Cause... c) {
        causes.addAll(List.of(c));
    }

    public List<Cause> getCauses() {
        return List.copyOf(causes);
    }

    /** The first cause of this type, or {@code null}. */
    public <T extends Cause> T findCause(Class<T> type) {
        for (Cause c : causes) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "Cause";
    }

    @Override
    public String getUrlName() {
        return "cause";
    }

    @Override
    public void onAttached(Run<?, ?> owner) {
    }

    @Override
    public void onLoad(Run<?, ?> owner) {
    }
}
