package hudson.slaves;

import hudson.model.Node;
import hudson.model.TaskListener;
import java.io.IOException;

/** A tool installation whose home may differ per node. */
public interface NodeSpecific<T extends NodeSpecific<T>> {
    T forNode(Node node, TaskListener log) throws IOException, InterruptedException;
}
