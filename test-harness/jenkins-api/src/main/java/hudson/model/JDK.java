package hudson.model;

import hudson.EnvVars;
import hudson.slaves.NodeSpecific;
import hudson.tools.ToolInstallation;
import java.io.File;
import java.io.IOException;

/**
 * A JDK tool installation. In the stand-in a node has no tool locations of its own and nothing is
 * installed automatically: {@link #forNode} keeps the home, {@link #forEnvironment} expands variables in it.
 */
public final class JDK extends ToolInstallation implements NodeSpecific<JDK>, EnvironmentSpecific<JDK> {
    private static final long serialVersionUID = 1L;

    public JDK(String name, String javaHome) {
        super(name, javaHome);
    }

    /** @deprecated as in Jenkins: use {@link #getHome()}. */
    @Deprecated
    public String getJavaHome() {
        return getHome();
    }

    public File getBinDir() {
        return new File(getHome(), "bin");
    }

    @Override
    public void buildEnvVars(EnvVars env) {
        env.put("JAVA_HOME", getHome());
        env.put("PATH+JDK", getHome() + "/bin");
    }

    @Override
    public JDK forNode(Node node, TaskListener log) throws IOException, InterruptedException {
        return new JDK(getName(), getHome());
    }

    @Override
    public JDK forEnvironment(EnvVars environment) {
        return new JDK(getName(), environment.expand(getHome()));
    }
}
