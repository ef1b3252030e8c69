package hudson.model;

import hudson.security.AccessControlled;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerProxy;

/** Base class of {@link jenkins.model.Jenkins} (members not needed by Skylark). */
public abstract class AbstractCIBase extends Node implements ItemGroup<TopLevelItem>, StaplerProxy, StaplerFallback,
        ViewGroup, AccessControlled, DescriptorByNameOwner {
    public AbstractCIBase() {
    }
}
