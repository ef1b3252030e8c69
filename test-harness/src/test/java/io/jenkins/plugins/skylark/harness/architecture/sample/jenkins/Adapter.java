package io.jenkins.plugins.skylark.harness.architecture.sample.jenkins;

import io.jenkins.plugins.skylark.harness.architecture.sample.CleanCore;
import org.kohsuke.stapler.DataBoundConstructor;

/** An adapter may use Jenkins types and core. */
public class Adapter {
    public final CleanCore core;

    @DataBoundConstructor
    public Adapter(String name) {
        this.core = new CleanCore(name);
    }
}
