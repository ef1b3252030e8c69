package hudson.util;

import hudson.model.TaskListener;

/** Old base class of task listeners, kept because {@link StreamTaskListener} extends it. */
public abstract class AbstractTaskListener implements TaskListener {
    private static final long serialVersionUID = 1L;
}
