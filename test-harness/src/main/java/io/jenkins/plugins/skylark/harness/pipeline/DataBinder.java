package io.jenkins.plugins.skylark.harness.pipeline;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Instantiates a step from Jenkinsfile arguments the way Jenkins' structs plugin does: constructor
 * parameters (by the names {@code -parameters} keeps) from {@code @DataBoundConstructor}, the rest
 * through {@code @DataBoundSetter} methods or fields; a single unnamed argument goes to the only
 * constructor parameter. Unknown names are reported as the warning Jenkins prints, and ignored.
 */
public final class DataBinder {
    private DataBinder() {
    }

    /** The instance and any warning to print. */
    public record Bound<T>(T instance, List<String> warnings) {
    }

    public static <T> Bound<T> bind(Class<T> type, StepCall call) {
        Map<String, Object> arguments = new LinkedHashMap<>(call.arguments());
        Constructor<?> constructor = dataBoundConstructor(type);
        Parameter[] parameters = constructor.getParameters();
        if (call.singleValue() != null && arguments.isEmpty() && parameters.length == 1) {
            arguments.put(parameters[0].getName(), call.singleValue());
        }
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = coerce(arguments.remove(parameters[i].getName()), parameters[i].getType(),
                    parameters[i].getName(), type);
        }
        T instance = type.cast(invoke(() -> constructor.newInstance(values), type));
        List<String> unknown = new ArrayList<>();
        arguments.forEach((name, value) -> {
            if (!set(instance, name, value)) {
                unknown.add(name);
            }
        });
        List<String> warnings = unknown.isEmpty() ? List.of()
                : List.of("WARNING: Unknown parameter(s) found for class type '" + type.getName() + "': "
                        + String.join(",", new TreeSet<>(unknown)));
        return new Bound<>(instance, warnings);
    }

    private static Constructor<?> dataBoundConstructor(Class<?> type) {
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                return constructor;
            }
        }
        throw new IllegalArgumentException(type.getName() + " has no public @DataBoundConstructor");
    }

    private static boolean set(Object instance, String name, Object value) {
        String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Class<?> type = instance.getClass(); type != null; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(setter) && method.getParameterCount() == 1
                        && method.isAnnotationPresent(DataBoundSetter.class)) {
                    Object coerced = coerce(value, method.getParameterTypes()[0], name, type);
                    method.setAccessible(true);
                    invoke(() -> method.invoke(instance, coerced), type);
                    return true;
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(name) && field.isAnnotationPresent(DataBoundSetter.class)
                        && !Modifier.isFinal(field.getModifiers())) {
                    Object coerced = coerce(value, field.getType(), name, type);
                    field.setAccessible(true);
                    invoke(() -> {
                        field.set(instance, coerced);
                        return null;
                    }, type);
                    return true;
                }
            }
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object coerce(Object value, Class<?> target, String name, Class<?> owner) {
        if (value == null) {
            return target.isPrimitive() ? DefaultTypeTransformation.castToType(0, target) : null;
        }
        if (target.isEnum() && value instanceof String text) {
            try {
                return Enum.valueOf((Class<? extends Enum>) target, text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter '" + name + "' of " + owner.getSimpleName()
                        + " does not accept '" + text + "'", e);
            }
        }
        try {
            return DefaultTypeTransformation.castToType(value, target);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("parameter '" + name + "' of " + owner.getSimpleName()
                    + " expects " + target.getSimpleName() + ", got " + value.getClass().getSimpleName(), e);
        }
    }

    private interface Reflective {
        Object call() throws ReflectiveOperationException;
    }

    private static Object invoke(Reflective action, Class<?> type) {
        try {
            return action.call();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalArgumentException(cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot bind " + type.getName() + ": " + e.getMessage(), e);
        }
    }
}
