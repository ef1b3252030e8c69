package io.jenkins.plugins.skylark.platform.page.jenkins;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Reads and writes a configuration object's properties through its getters and {@code @DataBoundSetter}s, as
 * Stapler binds the System form and Configuration as Code binds YAML (the binding test keeps every stored field
 * reachable that way).
 */
final class ConfigBeans {
    private ConfigBeans() {
    }

    static Object get(Object bean, String property) {
        String suffix = capitalized(property);
        Method getter = Arrays.stream(bean.getClass().getMethods())
                .filter(m -> m.getParameterCount() == 0
                        && (m.getName().equals("get" + suffix) || m.getName().equals("is" + suffix)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        bean.getClass().getSimpleName() + " has no property " + property));
        return invoke(getter, bean);
    }

    static void set(Object bean, String property, Object value) {
        invoke(setter(bean.getClass(), "set" + capitalized(property)), bean, value);
    }

    /** Every {@code @DataBoundSetter} property of {@code from} set on {@code to} (same class): settings the page does not edit survive. */
    static <T> T copySetters(T from, T to) {
        for (Method method : from.getClass().getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class) && method.getParameterCount() == 1) {
                String property = method.getName().substring(3);
                invoke(method, to, get(from, Character.toLowerCase(property.charAt(0)) + property.substring(1)));
            }
        }
        return to;
    }

    private static Method setter(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1
                        && m.isAnnotationPresent(DataBoundSetter.class))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no " + name));
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static String capitalized(String property) {
        return property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    }
}
