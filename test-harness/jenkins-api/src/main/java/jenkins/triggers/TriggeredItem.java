package jenkins.triggers;

import hudson.model.Item;

/** An item that can have triggers (members not needed by Skylark). */
public interface TriggeredItem extends Item {
}
