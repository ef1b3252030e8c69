package io.jenkins.plugins.skylark.library.cps;

import com.cloudbees.groovy.cps.CpsDefaultGroovyMethods;
import com.cloudbees.groovy.cps.CpsDefaultGroovyStaticMethods;
import com.cloudbees.groovy.cps.CpsStringGroovyMethods;
import com.cloudbees.groovy.cps.CpsTransformer;
import groovy.lang.GroovyClassLoader;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;

/**
 * Compiles a Pipeline shared library (every {@code vars/*.groovy} and {@code src/**}{@code /*.groovy}) the
 * way Pipeline runs it: through groovy-cps' {@link CpsTransformer}, which rejects what it cannot make
 * resumable ({@code synchronized}, the spread operators, …). Before the transformation,
 * {@link ClosurePitfalls} flags a closure handed to a method that groovy-cps does not run as CPS code.
 *
 * <p>Not covered (a review still has to): values that are not serialisable but live across a step
 * (a {@code Matcher}, an iterator over a Java collection), {@code @NonCPS} methods that call steps, and
 * anything groovy-cps versions after 1.31 changed (they translate more methods, e.g. {@code sort}, so
 * this check may flag what newer Pipeline accepts, never the reverse for the methods it knows). The
 * library runs as a trusted global library, so the sandbox' transformer is not applied.
 */
final class CpsSafetyCheck {

    /** Methods groovy-cps runs as CPS code when given a closure: the public statics of its DGM translations. */
    static final Set<String> CPS_TRANSLATED = Stream.of(CpsDefaultGroovyMethods.class,
                    CpsDefaultGroovyStaticMethods.class, CpsStringGroovyMethods.class)
            .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
            .filter(method -> Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers()))
            .map(Method::getName).collect(Collectors.toUnmodifiableSet());

    private CpsSafetyCheck() {
    }

    /** The problems found in the library at {@code root} ({@code file:line: what}); empty when it is CPS-safe. */
    static List<String> check(Path root) throws IOException {
        List<String> problems = new ArrayList<>();
        CompilerConfiguration configuration = new CompilerConfiguration();
        configuration.addCompilationCustomizers(new ClosurePitfalls(CPS_TRANSLATED, problems), new CpsTransformer());
        for (Path file : sources(root)) {
            try (GroovyClassLoader loader = new GroovyClassLoader(CpsSafetyCheck.class.getClassLoader(), configuration)) {
                loader.addClasspath(root.resolve("src").toAbsolutePath().toString());
                loader.parseClass(file.toFile());
            } catch (CompilationFailedException e) {
                problems.add(root.relativize(file) + ": CPS transformation failed: " + e.getMessage().trim());
            }
        }
        return problems.stream().distinct().toList();
    }

    private static List<Path> sources(Path root) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String folder : List.of("vars", "src")) {
            Path path = root.resolve(folder);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(file -> file.toString().endsWith(".groovy")).sorted().forEach(sources::add);
                }
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no vars/*.groovy or src/**/*.groovy under " + root);
        }
        return sources;
    }
}
