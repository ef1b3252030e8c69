package io.jenkins.plugins.skylark.jenkinsapi;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Renders compiled classes and members the way {@code javap -protected} prints them. */
final class SignatureRenderer {
    private SignatureRenderer() {
    }

    static String declaration(Class<?> c) {
        StringBuilder b = new StringBuilder("public ");
        if (c.isInterface()) {
            b.append("interface ");
        } else {
            b.append(Modifier.isAbstract(c.getModifiers()) ? "abstract " : "")
                    .append(Modifier.isFinal(c.getModifiers()) ? "final " : "")
                    .append("class ");
        }
        b.append(c.getName()).append(typeParameters(c.getTypeParameters()));
        List<Type> interfaces = Arrays.asList(c.getGenericInterfaces());
        if (c.isInterface()) {
            b.append(interfaces.isEmpty() ? "" : " extends " + types(interfaces));
        } else {
            Type superclass = c.getGenericSuperclass();
            b.append(superclass == null || superclass == Object.class ? "" : " extends " + superclass.getTypeName());
            b.append(interfaces.isEmpty() ? "" : " implements " + types(interfaces));
        }
        return SignatureListing.normalize(b.toString());
    }

    /** The public and protected members the class itself declares (no synthetic or bridge methods). */
    static List<String> members(Class<?> c) {
        List<String> out = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (visible(f.getModifiers()) && !f.isSynthetic()) {
                out.add(modifiers(f.getModifiers() & Modifier.fieldModifiers()) + f.getGenericType().getTypeName() + " " + f.getName());
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (visible(k.getModifiers()) && !k.isSynthetic()) {
                out.add(modifiers(k.getModifiers() & Modifier.constructorModifiers()) + typeParameters(k.getTypeParameters()) + c.getName()
                        + parameters(k) + exceptions(k));
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                String mods = modifiers(m.getModifiers() & Modifier.methodModifiers()) + (m.isDefault() ? "default " : "");
                String generics = typeParameters(m.getTypeParameters());
                out.add(mods + (generics.isEmpty() ? "" : generics + " ") + m.getGenericReturnType().getTypeName()
                        + " " + m.getName() + parameters(m) + exceptions(m));
            }
        }
        return out.stream().map(SignatureListing::normalize).toList();
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String modifiers(int modifiers) {
        // callers mask the bits first: for methods the varargs flag shares the transient bit
        String s = Modifier.toString(modifiers);
        return s.isEmpty() ? "" : s + " ";
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables).map(v -> {
            List<Type> bounds = Arrays.stream(v.getBounds()).filter(t -> t != Object.class).toList();
            return bounds.isEmpty() ? v.getName()
                    : v.getName() + " extends " + bounds.stream().map(Type::getTypeName).collect(Collectors.joining(" & "));
        }).collect(Collectors.joining(", ", "<", ">"));
    }

    private static String parameters(Executable e) {
        List<String> names = new ArrayList<>(Arrays.stream(e.getGenericParameterTypes()).map(Type::getTypeName).toList());
        if (e.isVarArgs() && !names.isEmpty()) {
            String last = names.remove(names.size() - 1);
            names.add(last.substring(0, last.length() - 2) + "...");
        }
        return "(" + String.join(", ", names) + ")";
    }

    private static String exceptions(Executable e) {
        Type[] thrown = e.getGenericExceptionTypes();
        return thrown.length == 0 ? "" : " throws " + types(Arrays.asList(thrown));
    }

    private static String types(List<Type> types) {
        return types.stream().map(Type::getTypeName).collect(Collectors.joining(", "));
    }
}
