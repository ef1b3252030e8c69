package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.Closure;

/** Helpers for running directive closures the way declarative Pipeline reads them. */
final class Directives {
    private Directives() {
    }

    /** Reads a directive block: names resolve on {@code delegate} first, then the enclosing script. */
    static void read(Closure<?> block, Object delegate) {
        Closure<?> copy = block.rehydrate(delegate, block.getOwner(), block.getThisObject());
        copy.setResolveStrategy(Closure.DELEGATE_FIRST);
        copy.call();
    }

    /** Runs a steps or expression block so that its names resolve on the script that wrote it. */
    static Object run(Closure<?> block) {
        Object script = block.getThisObject();
        Closure<?> copy = block.rehydrate(script, script, script);
        copy.setResolveStrategy(Closure.OWNER_FIRST);
        return copy.call();
    }
}
