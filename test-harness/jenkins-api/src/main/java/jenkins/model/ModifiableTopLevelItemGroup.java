package jenkins.model;

import hudson.model.ModifiableItemGroup;
import hudson.model.TopLevelItem;

/** Item group that creates top-level items (members not needed by Skylark). */
public interface ModifiableTopLevelItemGroup extends ModifiableItemGroup<TopLevelItem> {
}
