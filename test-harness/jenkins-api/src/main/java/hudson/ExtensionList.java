package hudson;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.Jenkins;
import jenkins.util.io.OnMaster;

/** The extensions of one type, discovered lazily and sorted by ordinal. */
public class ExtensionList<T> extends AbstractList<T> implements OnMaster {
    public final Jenkins jenkins;
    public final Class<T> extensionType;

    private volatile List<ExtensionComponent<T>> extensions;
    private final List<ExtensionComponent<T>> legacyInstances = new CopyOnWriteArrayList<>();

    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
        this.jenkins = jenkins;
        this.extensionType = extensionType;
    }

    public <U extends T> U get(Class<U> type) {
        for (T ext : this) {
            if (ext.getClass() == type) {
                return type.cast(ext);
            }
        }
        return null;
    }

    @Override
    public Iterator<T> iterator() {
        return Collections.unmodifiableList(instances()).iterator();
    }

    public List<ExtensionComponent<T>> getComponents() {
        return Collections.unmodifiableList(ensureLoaded());
    }

    @Override
    public T get(int index) {
        return ensureLoaded().get(index).getInstance();
    }

    @Override
    public int size() {
        return ensureLoaded().size();
    }

    @Override
    public boolean add(T t) {
        ExtensionComponent<T> component = new ExtensionComponent<>(t);
        synchronized (this) {
            legacyInstances.add(component);
            if (extensions != null) {
                List<ExtensionComponent<T>> copy = new ArrayList<>(extensions);
                copy.add(component);
                extensions = sort(copy);
            }
        }
        return true;
    }

    protected List<ExtensionComponent<T>> load() {
        return jenkins == null ? Collections.emptyList() : SezpozExtensions.find(jenkins, extensionType);
    }

    protected List<ExtensionComponent<T>> sort(List<ExtensionComponent<T>> r) {
        List<ExtensionComponent<T>> sorted = new ArrayList<>(r);
        Collections.sort(sorted);
        return sorted;
    }

    public static <T> ExtensionList<T> create(Jenkins jenkins, Class<T> type) {
        return new ExtensionList<>(jenkins, type);
    }

    public static <T> ExtensionList<T> lookup(Class<T> type) {
        Jenkins j = Jenkins.getInstanceOrNull();
        return j == null ? create((Jenkins) null, type) : j.getExtensionList(type);
    }

    public static <U> U lookupSingleton(Class<U> type) {
        ExtensionList<U> all = lookup(type);
        if (all.size() != 1) {
            throw new IllegalStateException("Expected 1 instance of " + type.getName() + " but got " + all.size());
        }
        return all.get(0);
    }

    private List<T> instances() {
        List<T> r = new ArrayList<>();
        for (ExtensionComponent<T> c : ensureLoaded()) {
            r.add(c.getInstance());
        }
        return r;
    }

    private List<ExtensionComponent<T>> ensureLoaded() {
        List<ExtensionComponent<T>> loaded = extensions;
        if (loaded != null) {
            return loaded;
        }
        synchronized (this) {
            if (extensions == null) {
                List<ExtensionComponent<T>> all = new ArrayList<>(load());
                all.addAll(legacyInstances);
                extensions = sort(all);
            }
            return extensions;
        }
    }
}
