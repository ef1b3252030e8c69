package org.jenkinsci.plugins.workflow.flow;

/** A job whose builds may refuse to resume after a restart (members not needed by Skylark). */
public interface BlockableResume {
}
