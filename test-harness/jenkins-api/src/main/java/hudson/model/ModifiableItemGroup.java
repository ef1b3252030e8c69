package hudson.model;

/** Item group to which items can be added (members not needed by Skylark). */
public interface ModifiableItemGroup<T extends Item> extends ItemGroup<T> {
}
