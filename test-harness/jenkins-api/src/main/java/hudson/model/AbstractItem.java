package hudson.model;

import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jenkins.model.Jenkins;
import jenkins.model.Loadable;
import org.kohsuke.stapler.StaplerProxy;

/**
 * Base class of items. The stand-in keeps items in memory: {@link #save()} and {@link #load()}
 * do not touch {@code config.xml}.
 */
public abstract class AbstractItem extends Actionable
        implements Loadable, Item, HttpDeletable, AccessControlled, DescriptorByNameOwner, StaplerProxy {
    protected transient String name;
    private transient ItemGroup parent;

    protected AbstractItem(ItemGroup parent, String name) {
        this.parent = parent;
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDisplayName() {
        return getName();
    }

    @Override
    public String getFullName() {
        String n = getParent().getFullName();
        return n.isEmpty() ? getName() : n + '/' + getName();
    }

    @Override
    public String getFullDisplayName() {
        String n = getParent().getFullDisplayName();
        return n.isEmpty() ? getDisplayName() : n + " » " + getDisplayName();
    }

    @Override
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException {
        this.parent = parent;
        this.name = name;
    }

    /** Relative to Jenkins' root URL, ending with {@code /}: {@code job/shop/job/orders/}. */
    @Override
    public String getUrl() {
        String parentUrl = getParent() instanceof Item item ? item.getUrl() : "";
        return parentUrl + "job/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "/";
    }

    @Override
    public ItemGroup getParent() {
        if (parent == null) {
            throw new IllegalStateException("no parent set on " + getClass().getName() + "[" + name + "]");
        }
        return parent;
    }

    @Override
    @SuppressWarnings("unchecked")
    public File getRootDir() {
        return getParent().getRootDirFor(this);
    }

    /** As the authorization strategy decides for this item. */
    @Override
    public ACL getACL() {
        return Jenkins.get().getAuthorizationStrategy().getACL(this);
    }

    @Override
    public synchronized void save() throws IOException {
    }

    @Override
    public void load() throws IOException {
    }

    @Override
    public Object getTarget() {
        return this;
    }

    @Override
    public String toString() {
        return super.toString() + "[" + (parent != null ? getFullName() : "?/" + name) + "]";
    }
}
