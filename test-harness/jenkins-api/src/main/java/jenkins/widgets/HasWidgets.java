package jenkins.widgets;

/** Object that shows side-panel widgets (members not needed by Skylark). */
public interface HasWidgets {
}
