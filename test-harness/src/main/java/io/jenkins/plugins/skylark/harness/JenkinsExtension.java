package io.jenkins.plugins.skylark.harness;

import hudson.EnvVars;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.security.SecurityRealm;
import hudson.util.StreamTaskListener;
import io.jenkins.plugins.skylark.harness.credentials.HarnessCredentialsProvider;
import io.jenkins.plugins.skylark.harness.persistence.PluginClassFilter;
import io.jenkins.plugins.skylark.harness.persistence.SavedForm;
import io.jenkins.plugins.skylark.harness.security.HarnessAuthorization;
import io.jenkins.plugins.skylark.harness.security.HarnessSecurityRealm;
import io.jenkins.plugins.skylark.harness.remoting.SerializingChannel;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A fresh Jenkins per test: {@code @RegisterExtension final JenkinsExtension jenkins = new JenkinsExtension();}.
 * Creates folders and Pipeline jobs by full name, builds with a console log and a workspace reached
 * through a serialising agent channel, and gives access to the credentials store. Security is off (every
 * user may do everything) until {@link #secure()}; {@link #actAs(String)} then acts as a user.
 *
 * <p>Saves as Jenkins does, through its XStream and class filter (JEP-200): global configuration when
 * it is saved, and, when the test ends, every build it started ({@code build.xml} with the actions the
 * steps added) and every folder's properties ({@code config.xml}), each read back; a class Jenkins
 * would refuse to save fails the test.
 */
public final class JenkinsExtension implements BeforeEachCallback, AfterEachCallback {
    private final List<Closeable> consoles = new ArrayList<>();
    private final List<WorkflowRun> builds = new ArrayList<>();
    private final List<HarnessFolder> folders = new ArrayList<>();
    private Path home;
    private Jenkins jenkins;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        stop();
    }

    /** Starts a Jenkins on a new temporary JENKINS_HOME (what each test gets; for use outside JUnit too). */
    public void start() throws Exception {
        PluginClassFilter.register();
        home = Files.createTempDirectory("jenkins-home");
        jenkins = new HarnessJenkins(home.toFile());
    }

    /** Saves and reloads the test's builds and folders as Jenkins would, stops Jenkins and deletes its JENKINS_HOME. */
    public void stop() throws Exception {
        try {
            saveAsJenkinsWould();
        } finally {
            cleanUp();
        }
    }

    private void saveAsJenkinsWould() {
        for (WorkflowRun build : builds) {
            List<String> saved = build.getActions().stream().map(a -> a.getClass().getName()).toList();
            List<String> reloaded = SavedForm.saveAndReload(build).stream().map(a -> a.getClass().getName()).toList();
            if (!reloaded.equals(saved)) {
                throw new AssertionError("build " + build + " saved the actions " + saved + " but reloaded " + reloaded);
            }
        }
        for (HarnessFolder folder : folders) {
            SavedForm.roundTrip(new ArrayList<>(folder.getProperties()));
        }
    }

    private void cleanUp() throws Exception {
        for (Closeable console : consoles) {
            console.close();
        }
        SecurityContextHolder.clearContext();
        jenkins.cleanUp();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public Jenkins jenkins() {
        return jenkins;
    }

    /** JENKINS_HOME. */
    public Path home() {
        return home;
    }

    /**
     * Starts a new Jenkins on the same JENKINS_HOME, as after a controller restart: extensions
     * (global configuration included) are created anew and load what was saved. Items are not kept.
     */
    public Jenkins restart() throws Exception {
        jenkins.cleanUp();
        SecurityRealm realm = jenkins.getSecurityRealm();
        jenkins = new HarnessJenkins(home.toFile(), jenkins.getAuthorizationStrategy());
        jenkins.setSecurityRealm(realm);
        return jenkins;
    }

    /** The folder with this full name ({@code "a/b"}), created with its parents when missing. */
    public HarnessFolder folder(String fullName) {
        ItemGroup<?> parent = jenkins;
        HarnessFolder folder = null;
        for (String name : fullName.split("/")) {
            Item existing = parent.getItem(name);
            if (existing == null) {
                existing = add(parent, new HarnessFolder(parent, name));
                folders.add((HarnessFolder) existing);
            }
            if (!(existing instanceof HarnessFolder f)) {
                throw new IllegalArgumentException(existing.getFullName() + " is not a folder");
            }
            folder = f;
            parent = f;
        }
        return folder;
    }

    /** A new Pipeline job with this full name ({@code "a/b/job"}); missing folders are created. */
    public WorkflowJob job(String fullName) {
        int slash = fullName.lastIndexOf('/');
        ItemGroup<?> parent = slash < 0 ? jenkins : folder(fullName.substring(0, slash));
        return add(parent, new WorkflowJob(parent, fullName.substring(slash + 1)));
    }

    /**
     * Turns security on: from now on a user holds only what the returned authorization grants (SYSTEM,
     * and tests not acting as anyone else, are checked as anonymous: nothing unless granted).
     */
    public HarnessAuthorization secure() {
        HarnessAuthorization authorization = new HarnessAuthorization();
        jenkins.setAuthorizationStrategy(authorization);
        return authorization;
    }

    /** Gives Jenkins a security realm that knows users and their groups (to be filled by the test). */
    public HarnessSecurityRealm users() {
        HarnessSecurityRealm realm = new HarnessSecurityRealm();
        jenkins.setSecurityRealm(realm);
        return realm;
    }

    /** Acts as the signed-in user {@code name} on this thread until the returned context is closed. */
    public ACLContext actAs(String name) {
        return ACL.as2(HarnessAuthorization.user(name));
    }

    /** The credentials store, found the way Jenkins finds credentials providers. */
    public HarnessCredentialsProvider credentials() {
        return ExtensionList.lookupSingleton(HarnessCredentialsProvider.class);
    }

    /** Starts a new build of {@code job} and returns the runner for its steps. */
    public StepRunner newBuild(WorkflowJob job) throws IOException, InterruptedException {
        WorkflowRun run = new WorkflowRun(job);
        builds.add(run);
        File log = run.getLogFile();
        Files.createDirectories(log.getParentFile().toPath());
        StreamTaskListener console = new StreamTaskListener(new FileOutputStream(log, true), StandardCharsets.UTF_8);
        consoles.add(console);
        Path workspace = Files.createDirectories(home.resolve("workspace").resolve(job.getFullName()));
        FilePath agentWorkspace = new FilePath(new SerializingChannel(), workspace.toString());
        return StepRunner.forBuild(run, console, agentWorkspace, new EnvVars());
    }

    private <I extends TopLevelItem> I add(ItemGroup<?> parent, I item) {
        try {
            return parent instanceof HarnessFolder folder ? folder.add(item) : jenkins.add(item, item.getName());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
