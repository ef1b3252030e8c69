package hudson.model;

import hudson.search.SearchableModelObject;

/** Base of model objects (search and error-page helpers are not needed by Skylark). */
public abstract class AbstractModelObject implements SearchableModelObject {
    public AbstractModelObject() {
    }
}
