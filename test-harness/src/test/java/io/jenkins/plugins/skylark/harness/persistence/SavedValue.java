package io.jenkins.plugins.skylark.harness.persistence;

import hudson.model.Action;

/** An action of "ours" that Jenkins would save; tests also load copies of it from jars and directories they make. */
public class SavedValue implements Action {
    private final Object value;

    public SavedValue(Object value) {
        this.value = value;
    }

    public Object value() {
        return value;
    }

    @Override
    public String getIconFileName() {
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
