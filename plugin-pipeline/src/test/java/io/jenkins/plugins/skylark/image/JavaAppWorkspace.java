package io.jenkins.plugins.skylark.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A workspace holding a tiny Java application as a build leaves it: dependency jars in {@code lib/},
 * resources in {@code resources/}, classes compiled here with javax.tools into {@code classes/}.
 */
final class JavaAppWorkspace {

    static final String MAIN_CLASS = "demo.Hello";
    private static final String FIXTURES = "app/";

    private final Path root;

    private JavaAppWorkspace(Path root) {
        this.root = root;
    }

    /** Creates the application; {@code dependencyBytes} sizes each of the two dependency jars. */
    static JavaAppWorkspace create(Path root, int dependencyBytes) throws IOException {
        JavaAppWorkspace workspace = new JavaAppWorkspace(root);
        workspace.writeJar("lib/dep-a.jar", dependencyBytes, 1);
        workspace.writeJar("lib/dep-b.jar", dependencyBytes, 2);
        Files.createDirectories(root.resolve("resources"));
        Files.write(root.resolve("resources/app.properties"), fixture("app.properties"));
        workspace.compile("Hello, world");
        return workspace;
    }

    Path root() {
        return root;
    }

    /** (Re)compiles the classes; a new greeting changes exactly one class file, {@code demo/Greeting.class}. */
    void compile(String greeting) throws IOException {
        Path sources = Files.createDirectories(root.resolve("src/demo"));
        Path hello = Files.write(sources.resolve("Hello.java"), fixture("Hello.java.txt"));
        String greetingSource = new String(fixture("Greeting.java.txt"), StandardCharsets.UTF_8)
                .replace("GREETING", greeting);
        Path greetingFile = Files.writeString(sources.resolve("Greeting.java"), greetingSource);
        Path classes = Files.createDirectories(root.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-d", classes.toString(), "--release", "17",
                hello.toString(), greetingFile.toString());
        if (status != 0) {
            throw new IOException("compiling the fixture application failed with status " + status);
        }
    }

    /** The three layers of a Java application, declared in reverse to show the engine orders them. */
    ImageRequest.Builder request() {
        return ImageRequest.builder()
                .workspace(root.toString())
                .layer(new LayerSpec("classes", LayerKind.APPLICATION, "classes", List.of("**/*.class"), "/app/classes"))
                .layer(new LayerSpec("resources", LayerKind.RESOURCES, "resources", List.of("**/*"), "/app/resources"))
                .layer(new LayerSpec("dependencies", LayerKind.DEPENDENCIES, "lib", List.of("*.jar"), "/app/libs"))
                .entrypoint(List.of("java", "-cp", "/app/classes:/app/resources:/app/libs/*", MAIN_CLASS))
                .environment(java.util.Map.of("JAVA_TOOL_OPTIONS", "-Xmx64m"))
                .ports(List.of("8080"))
                .workingDirectory("/app")
                .repository("demo/hello");
    }

    private void writeJar(String name, int bytes, long seed) throws IOException {
        Path jar = root.resolve(name);
        Files.createDirectories(jar.getParent());
        byte[] content = new byte[bytes];
        new Random(seed).nextBytes(content); // incompressible, so layer sizes track the payload
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            JarEntry entry = new JarEntry("data.bin");
            entry.setTime(0);
            jarOut.putNextEntry(entry);
            jarOut.write(content);
            jarOut.closeEntry();
        }
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = JavaAppWorkspace.class.getResourceAsStream(FIXTURES + name)) {
            if (in == null) {
                throw new IOException("missing test fixture " + FIXTURES + name);
            }
            return in.readAllBytes();
        }
    }
}
