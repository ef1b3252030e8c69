package org.jenkins.ui.icon;

/** Object that names its icon (members not needed by Skylark). */
public interface IconSpec {
}
