package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.model.Run;
import jenkins.model.RunAction2;

/**
 * A build action shown only in the build's summary ({@code summary.jelly}), with no page or link of its own.
 * Saved with the build by XStream: subclasses keep their state in plain fields; the build itself is
 * transient and set again when the build is loaded.
 */
public abstract class BuildSummaryAction implements RunAction2 {
    private transient Run<?, ?> run;

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public final String getIconFileName() {
        return null; // shown in the build's summary, no page of its own
    }

    @Override
    public final String getUrlName() {
        return null;
    }
}
