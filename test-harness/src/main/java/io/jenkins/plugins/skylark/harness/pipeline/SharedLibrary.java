package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.Binding;
import groovy.lang.GroovyObject;
import groovy.lang.GroovyShell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.customizers.ImportCustomizer;

/**
 * A Pipeline shared library laid out as Jenkins expects ({@code vars/NAME.groovy} global variables,
 * {@code src/} classes). Each variable compiles once per build, like Jenkins' library loading.
 */
public final class SharedLibrary {
    private final Path root;

    private SharedLibrary(Path root) {
        this.root = root;
    }

    public static SharedLibrary at(Path root) {
        return new SharedLibrary(root);
    }

    public static SharedLibrary none() {
        return new SharedLibrary(null);
    }

    boolean has(String name) {
        return root != null && name.matches("[A-Za-z_][A-Za-z0-9_]*")
                && Files.isRegularFile(root.resolve("vars").resolve(name + ".groovy"));
    }

    GroovyObject load(String name, PipelineRuntime runtime) {
        Path file = root.resolve("vars").resolve(name + ".groovy");
        try {
            GroovyShell shell = shell(runtime, getClass().getClassLoader());
            return (GroovyObject) shell.parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read library variable " + file, e);
        }
    }

    /** A shell whose scripts extend {@link PipelineScript}, with this library's {@code src/} on its path. */
    GroovyShell shell(PipelineRuntime runtime, ClassLoader parent) {
        CompilerConfiguration configuration = new CompilerConfiguration();
        configuration.setScriptBaseClass(PipelineScript.class.getName());
        configuration.addCompilationCustomizers(new ImportCustomizer()
                .addImport("Library", Library.class.getName()));
        if (root != null && Files.isDirectory(root.resolve("src"))) {
            configuration.setClasspath(root.resolve("src").toString());
        }
        Binding binding = new Binding();
        binding.setVariable(PipelineScript.RUNTIME, runtime);
        return new GroovyShell(parent, binding, configuration);
    }
}
