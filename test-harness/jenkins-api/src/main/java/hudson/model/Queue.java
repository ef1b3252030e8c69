package hudson.model;

import hudson.model.queue.SubTask;
import jenkins.console.WithConsoleUrl;

/** The build queue; only its nested task/executable types are used (as supertypes). */
public class Queue extends ResourceController implements Saveable {
    private Queue() {
    }

    @Override
    public void save() {
    }

    /** Something that can be scheduled (2.516: before {@code FullyNamedModelObject} existed). */
    public interface Task extends ModelObject, SubTask {
    }

    /** A task that runs without an executor slot (Pipeline jobs). */
    public interface FlyweightTask extends Task {
    }

    /** What a task runs. */
    public interface Executable extends Runnable, WithConsoleUrl {
    }
}
