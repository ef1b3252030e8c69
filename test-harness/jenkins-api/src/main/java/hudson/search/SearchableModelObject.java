package hudson.search;

import hudson.model.ModelObject;

/** Model object that takes part in search (search members are not needed by Skylark). */
public interface SearchableModelObject extends ModelObject {
}
