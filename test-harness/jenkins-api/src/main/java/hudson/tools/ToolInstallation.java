package hudson.tools;

import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

/**
 * A tool configured in Manage Jenkins, Tools: a name and its home directory (members not needed by
 * Skylark left out; no tool properties or installers in the stand-in).
 */
public abstract class ToolInstallation implements Describable<ToolInstallation>, Serializable, ExtensionPoint {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String home;

    protected ToolInstallation(String name, String home) {
        this.name = name;
        this.home = home;
    }

    public String getName() {
        return name;
    }

    public String getHome() {
        return home;
    }

    /** Adds the variables this tool needs; nothing by default. */
    public void buildEnvVars(EnvVars env) {
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + "]";
    }
}
