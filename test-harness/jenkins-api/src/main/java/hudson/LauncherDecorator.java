package hudson;

import hudson.model.Node;

/**
 * Wraps the launcher of the steps inside a block, as {@code container()} or {@code withDockerContainer}
 * do; a block step adds one to its body's context with {@code BodyInvoker.mergeLauncherDecorators}.
 */
public abstract class LauncherDecorator implements ExtensionPoint {
    public LauncherDecorator() {
    }

    public abstract Launcher decorate(Launcher launcher, Node node);
}
