package jenkins.model;

import hudson.model.ModelObject;

/** A build as shown in build history (members not needed by Skylark). */
public interface HistoricalBuild extends ModelObject {
}
