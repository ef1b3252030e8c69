package hudson.model.queue;

import hudson.model.ResourceActivity;

/** A piece of work the queue schedules (members not needed by Skylark). */
public interface SubTask extends ResourceActivity {
}
