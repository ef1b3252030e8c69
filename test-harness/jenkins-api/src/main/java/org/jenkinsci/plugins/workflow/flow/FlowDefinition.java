package org.jenkinsci.plugins.workflow.flow;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/** How a Pipeline job gets its script. Only the members Skylark uses are declared. */
public abstract class FlowDefinition extends AbstractDescribableImpl<FlowDefinition> implements ExtensionPoint {

    public FlowDefinition() {
    }
}
