package io.jenkins.plugins.skylark.harness.architecture.sample;

import org.kohsuke.stapler.DataBoundConstructor;

/** A deliberately wrong core class: it uses a Stapler annotation. */
public class LeakyCore {
    @DataBoundConstructor
    public LeakyCore() {
    }
}
