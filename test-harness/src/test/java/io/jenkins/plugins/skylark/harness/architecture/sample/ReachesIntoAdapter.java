package io.jenkins.plugins.skylark.harness.architecture.sample;

import io.jenkins.plugins.skylark.harness.architecture.sample.jenkins.Adapter;

/** A deliberately wrong core class: core must not depend on adapters. */
public class ReachesIntoAdapter {
    public Object make() {
        return new Adapter("x");
    }
}
