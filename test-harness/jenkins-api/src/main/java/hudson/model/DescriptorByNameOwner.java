package hudson.model;

/** Object that exposes descriptors by name to forms (members not needed by Skylark). */
public interface DescriptorByNameOwner extends ModelObject {
}
