package hudson.model;

/** View container whose views can be changed (members not needed by Skylark). */
public interface ModifiableViewGroup extends ViewGroup {
}
