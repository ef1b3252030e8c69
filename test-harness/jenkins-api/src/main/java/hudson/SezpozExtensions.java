package hudson;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;

/**
 * Finds {@link Extension}s through the sezpoz index ({@code META-INF/annotations/hudson.Extension}),
 * as Jenkins' {@code ExtensionFinder.Sezpoz} does; one instance per extension and Jenkins.
 */
final class SezpozExtensions {
    private static final Logger LOGGER = Logger.getLogger(SezpozExtensions.class.getName());
    private static final Map<Jenkins, Map<String, Object>> INSTANCES = Collections.synchronizedMap(new WeakHashMap<>());

    private SezpozExtensions() {
    }

    static <T> List<ExtensionComponent<T>> find(Jenkins jenkins, Class<T> type) {
        Map<String, Object> instances = INSTANCES.computeIfAbsent(jenkins, j -> new HashMap<>());
        List<ExtensionComponent<T>> found = new ArrayList<>();
        for (IndexItem<Extension, Object> item : Index.load(Extension.class, Object.class, classLoader())) {
            try {
                if (type.isAssignableFrom(typeOf(item.element()))) {
                    found.add(new ExtensionComponent<>(type.cast(instanceOf(item, instances)), item.annotation()));
                }
            } catch (Exception | LinkageError e) {
                Level level = item.annotation().optional() ? Level.FINE : Level.WARNING;
                LOGGER.log(level, "Failed to load extension " + item.className() + " " + item.memberName(), e);
            }
        }
        return found;
    }

    private static Object instanceOf(IndexItem<Extension, Object> item, Map<String, Object> instances)
            throws InstantiationException {
        String key = item.className() + "#" + item.memberName();
        synchronized (instances) {
            Object existing = instances.get(key);
            if (existing != null) {
                return existing;
            }
            Object created = item.instance();
            instances.put(key, created);
            return created;
        }
    }

    private static Class<?> typeOf(AnnotatedElement element) {
        if (element instanceof Class<?> c) {
            return c;
        }
        if (element instanceof Field f) {
            return f.getType();
        }
        return ((Method) element).getReturnType();
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Jenkins.class.getClassLoader();
    }
}
