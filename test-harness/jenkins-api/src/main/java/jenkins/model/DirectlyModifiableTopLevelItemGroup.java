package jenkins.model;

/** Item group that items can be moved into (members not needed by Skylark). */
public interface DirectlyModifiableTopLevelItemGroup extends ModifiableTopLevelItemGroup {
}
