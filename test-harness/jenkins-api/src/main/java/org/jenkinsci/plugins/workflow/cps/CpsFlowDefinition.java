package org.jenkinsci.plugins.workflow.cps;

import hudson.model.Descriptor;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

/** A Pipeline script kept in the job's configuration. Only the members Skylark uses are declared. */
public class CpsFlowDefinition extends FlowDefinition {
    private final String script;
    private final boolean sandbox;

    public CpsFlowDefinition(String script, boolean sandbox) throws Descriptor.FormException {
        this.script = script;
        this.sandbox = sandbox;
    }

    public String getScript() {
        return script;
    }

    public boolean isSandbox() {
        return sandbox;
    }
}
