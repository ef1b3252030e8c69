package hudson.model;

/** An action with no page and no icon: data attached to a model object. */
public abstract class InvisibleAction implements Action {
    public InvisibleAction() {
    }

    @Override
    public final String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
