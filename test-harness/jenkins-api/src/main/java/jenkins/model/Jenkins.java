package jenkins.model;

import hudson.ExtensionList;
import hudson.FilePath;
import hudson.model.JDK;
import hudson.model.AbstractCIBase;
import hudson.model.Describable;
import hudson.model.DescriptorByNameOwner;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.ModifiableViewGroup;
import hudson.model.TopLevelItem;
import hudson.model.View;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.AuthorizationStrategy;
import hudson.security.SecurityRealm;
import hudson.security.Permission;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.util.io.OnMaster;
import org.jvnet.hudson.reactor.ReactorException;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerProxy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The root of the item tree, the extension registry and JENKINS_HOME. As in Jenkins, constructing
 * one makes it the instance returned by {@link #get()} until {@link #cleanUp()}.
 */
public class Jenkins extends AbstractCIBase implements DirectlyModifiableTopLevelItemGroup, StaplerProxy, StaplerFallback,
        ModifiableViewGroup, AccessControlled, DescriptorByNameOwner, ModelObjectWithContextMenu, ModelObjectWithChildren,
        OnMaster, Loadable {
    public static final Permission ADMINISTER = Permission.HUDSON_ADMINISTER;
    public static final Authentication ANONYMOUS2 = new AnonymousAuthenticationToken(
            "anonymous", "anonymous", Set.of(new SimpleGrantedAuthority("anonymous")));

    static volatile Jenkins theInstance;

    public final transient File root;
    private final transient Map<String, TopLevelItem> items = new ConcurrentSkipListMap<>(String.CASE_INSENSITIVE_ORDER);
    private final transient Map<Class<?>, ExtensionList<?>> extensionLists = new ConcurrentHashMap<>();
    private final transient List<JDK> jdks = new CopyOnWriteArrayList<>();
    private volatile AuthorizationStrategy authorizationStrategy = AuthorizationStrategy.UNSECURED;
    private volatile SecurityRealm securityRealm = SecurityRealm.NO_AUTHENTICATION;

    protected Jenkins(File root, ServletContext context) throws IOException, InterruptedException, ReactorException {
        this.root = root;
        theInstance = this;
    }

    public static Jenkins get() throws IllegalStateException {
        Jenkins instance = getInstanceOrNull();
        if (instance == null) {
            throw new IllegalStateException("Jenkins.instance is missing. Read the documentation of "
                    + "Jenkins.getInstanceOrNull to see what you are doing wrong.");
        }
        return instance;
    }

    public static Jenkins getInstanceOrNull() {
        return theInstance;
    }

    /** The identity of the current thread (see {@link ACL#as2}); anonymous when none is set. */
    public static Authentication getAuthentication2() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null ? ANONYMOUS2 : a;
    }

    @Override
    public ACL getACL() {
        return authorizationStrategy.getRootACL();
    }

    public AuthorizationStrategy getAuthorizationStrategy() {
        return authorizationStrategy;
    }

    /** {@code null} means {@link AuthorizationStrategy#UNSECURED}, as in Jenkins. */
    public void setAuthorizationStrategy(AuthorizationStrategy a) {
        authorizationStrategy = a == null ? AuthorizationStrategy.UNSECURED : a;
    }

    public SecurityRealm getSecurityRealm() {
        return securityRealm;
    }

    /** {@code null} means {@link SecurityRealm#NO_AUTHENTICATION}, as in Jenkins. */
    public void setSecurityRealm(SecurityRealm securityRealm) {
        this.securityRealm = securityRealm == null ? SecurityRealm.NO_AUTHENTICATION : securityRealm;
    }

    /** Whether users must log in: a security realm or an authorization strategy is configured. */
    public boolean isUseSecurity() {
        return securityRealm != SecurityRealm.NO_AUTHENTICATION || authorizationStrategy != AuthorizationStrategy.UNSECURED;
    }

    /** The built-in node's root: JENKINS_HOME. */
    @Override
    public FilePath getRootPath() {
        return new FilePath(root);
    }


    /** The JDK tool installations (Manage Jenkins, Tools). */
    public List<JDK> getJDKs() {
        return jdks;
    }

    public void setJDKs(Collection<? extends JDK> jdks) {
        this.jdks.clear();
        this.jdks.addAll(jdks);
    }

    /** The JDK installation of that name, or null. */
    public JDK getJDK(String name) {
        return jdks.stream().filter(jdk -> jdk.getName().equals(name)).findFirst().orElse(null);
    }

    @Override
    public File getRootDir() {
        return root;
    }

    @SuppressWarnings("unchecked")
    public <T> ExtensionList<T> getExtensionList(Class<T> extensionType) {
        return (ExtensionList<T>) extensionLists.computeIfAbsent(extensionType, t -> ExtensionList.create(this, t));
    }

    @SuppressWarnings("rawtypes")
    public Descriptor getDescriptor(Class<? extends Describable> type) {
        for (Descriptor<?> d : getExtensionList(Descriptor.class)) {
            if (d.clazz == type) {
                return d;
            }
        }
        return null;
    }

    @SuppressWarnings("rawtypes")
    public Descriptor getDescriptorOrDie(Class<? extends Describable> type) {
        Descriptor d = getDescriptor(type);
        if (d == null) {
            throw new AssertionError(type + " is missing its descriptor");
        }
        return d;
    }

    @SuppressWarnings("rawtypes")
    public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
        for (Descriptor<?> d : getExtensionList(Descriptor.class)) {
            if (d.getClass() == type) {
                return type.cast(d);
            }
        }
        return null;
    }

    @Override
    public String getDisplayName() {
        return "Jenkins";
    }

    @Override
    public String getFullName() {
        return "";
    }

    @Override
    public String getFullDisplayName() {
        return "";
    }

    @Override
    public List<TopLevelItem> getItems() {
        return new ArrayList<>(items.values());
    }

    @Override
    public TopLevelItem getItem(String name) throws AccessDeniedException {
        return name == null ? null : items.get(name);
    }

    @Override
    public File getRootDirFor(TopLevelItem child) {
        return new File(new File(getRootDir(), "jobs"), child.getName());
    }

    public synchronized <I extends TopLevelItem> I add(I item, String name) throws IOException, IllegalArgumentException {
        if (items.putIfAbsent(name, item) != null) {
            throw new IllegalArgumentException("already an item '" + name + "'");
        }
        return item;
    }

    public <T extends Item> T getItemByFullName(String fullName, Class<T> type) throws AccessDeniedException {
        StringTokenizer tokens = new StringTokenizer(fullName, "/");
        ItemGroup<?> parent = this;
        if (!tokens.hasMoreTokens()) {
            return null;
        }
        while (true) {
            Item item = parent.getItem(tokens.nextToken());
            if (!tokens.hasMoreTokens()) {
                return type.isInstance(item) ? type.cast(item) : null;
            }
            if (!(item instanceof ItemGroup<?> group)) {
                return null;
            }
            parent = group;
        }
    }

    public Item getItemByFullName(String fullName) {
        return getItemByFullName(fullName, Item.class);
    }

    @Override
    public void load() throws IOException {
    }

    @Override
    public synchronized void save() throws IOException {
    }

    public void cleanUp() {
        extensionLists.clear();
        items.clear();
        if (theInstance == this) {
            theInstance = null;
        }
    }

    @Override
    public Object getTarget() {
        return this;
    }

    @Override
    public View getStaplerFallback() {
        return null;
    }
}
