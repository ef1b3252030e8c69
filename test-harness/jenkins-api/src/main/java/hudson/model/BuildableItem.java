package hudson.model;

/** An item that can be built (members not needed by Skylark). */
public interface BuildableItem extends Item, Queue.Task {
}
