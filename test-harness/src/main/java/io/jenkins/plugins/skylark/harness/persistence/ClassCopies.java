package io.jenkins.plugins.skylark.harness.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A copy of one of our classes loaded from a jar or a classes directory a test makes (say, one whose
 * manifest lacks the plugin attributes), to show what Jenkins' class filter does with the class there.
 */
public final class ClassCopies {
    private ClassCopies() {
    }

    /** {@code type} as loaded from a new jar {@code jar} with {@code manifest}. */
    public static Class<?> inJar(Class<?> type, Path jar, Manifest manifest) {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry(classFile(type)));
            out.write(classBytes(type));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return load(type, jar);
    }

    /** {@code type} as loaded from the classes directory {@code classes} (whatever else it holds). */
    public static Class<?> inDirectory(Class<?> type, Path classes) {
        try {
            Path file = classes.resolve(classFile(type));
            Files.createDirectories(file.getParent());
            Files.write(file, classBytes(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return load(type, classes);
    }

    private static Class<?> load(Class<?> type, Path location) {
        try {
            return new ChildFirst(type, location.toUri().toURL()).loadClass(type.getName());
        } catch (MalformedURLException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String classFile(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    private static byte[] classBytes(Class<?> type) throws IOException {
        try (InputStream in = type.getClassLoader().getResourceAsStream(classFile(type))) {
            return in.readAllBytes();
        }
    }

    /** Loads the copied class itself; everything else from the test's class path. */
    private static final class ChildFirst extends URLClassLoader {
        private final String copied;

        ChildFirst(Class<?> type, URL location) {
            super(new URL[] {location}, type.getClassLoader());
            this.copied = type.getName();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (!name.equals(copied)) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }
    }
}
