package io.jenkins.plugins.skylark.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the workspace tells about its build: which build files are there, whether Gradle's wrapper or
 * an npm lock file is, and which npm scripts {@code package.json} defines. Read where the workspace is.
 */
record WorkspaceFacts(boolean pom, boolean gradle, boolean gradleWrapper, boolean packageJson, boolean npmLock,
        Set<String> npmScripts, boolean goMod) {

    static final String POM = "pom.xml";
    static final String PACKAGE_JSON = "package.json";
    static final String GO_MOD = "go.mod";

    WorkspaceFacts {
        npmScripts = Set.copyOf(npmScripts);
    }

    static WorkspaceFacts of(Path workspace) throws BuildException {
        boolean packageJson = Files.isRegularFile(workspace.resolve(PACKAGE_JSON));
        return new WorkspaceFacts(Files.isRegularFile(workspace.resolve(POM)),
                Files.isRegularFile(workspace.resolve("build.gradle"))
                        || Files.isRegularFile(workspace.resolve("build.gradle.kts")),
                Files.isRegularFile(workspace.resolve("gradlew")),
                packageJson,
                Files.isRegularFile(workspace.resolve("package-lock.json"))
                        || Files.isRegularFile(workspace.resolve("npm-shrinkwrap.json")),
                packageJson ? scripts(workspace.resolve(PACKAGE_JSON)) : Set.of(),
                Files.isRegularFile(workspace.resolve(GO_MOD)));
    }

    private static Set<String> scripts(Path packageJson) throws BuildException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(packageJson.toFile());
        } catch (JsonProcessingException e) {
            throw BuildException.of("WorkspaceFacts.badPackageJson", PACKAGE_JSON,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw BuildException.of("WorkspaceFacts.badPackageJson", PACKAGE_JSON, 0, e.getMessage());
        }
        Set<String> names = new TreeSet<>();
        JsonNode scripts = root == null ? null : root.get("scripts");
        if (scripts != null && scripts.isObject()) {
            for (Iterator<String> it = scripts.fieldNames(); it.hasNext();) {
                names.add(it.next());
            }
        }
        return names;
    }
}
