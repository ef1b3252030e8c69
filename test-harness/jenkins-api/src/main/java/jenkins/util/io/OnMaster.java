package jenkins.util.io;

/** Marker for objects that live only on the controller. */
public interface OnMaster {
}
