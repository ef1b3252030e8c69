package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.platform.InvalidPlatformModelException;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.PlatformModelHolder;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * The Skylark section of the global configuration: the platform (clusters, registries, projects,
 * environments, applications), stored as {@code <id>.xml} under JENKINS_HOME.
 *
 * <p>A new platform is put in force only when the whole of it is valid; otherwise it is rejected with
 * every problem named by object and field, and the previous platform stays in force (and on disk).
 */
@Extension
@Symbol("skylark")
public final class SkylarkConfiguration extends GlobalConfiguration {
    private static final Logger LOGGER = Logger.getLogger(SkylarkConfiguration.class.getName());

    private PlatformConfig platform = new PlatformConfig();
    private final transient PlatformModelHolder inForce = new PlatformModelHolder();

    public SkylarkConfiguration() {
        load();
        putLoadedPlatformInForce();
    }

    /** The instance Jenkins holds. */
    public static SkylarkConfiguration get() {
        return JenkinsFacade.configuration();
    }

    /** The platform model in force (never a rejected one). */
    public PlatformModel getModel() {
        return inForce.current();
    }

    public PlatformConfig getPlatform() {
        return platform;
    }

    /**
     * Replaces the whole platform (Configuration as Code and Groovy callers), messages in the JVM
     * default locale.
     *
     * @throws InvalidPlatformModelException when invalid; the previous platform stays in force
     */
    @DataBoundSetter
    public void setPlatform(PlatformConfig candidate) {
        replace(candidate, Locale.getDefault());
    }

    /** {@link #setPlatform} with messages in {@code locale}. */
    public synchronized void replace(PlatformConfig candidate, Locale locale) {
        PlatformConfig next = candidate == null ? new PlatformConfig() : candidate;
        inForce.replace(next.toModel(locale), locale);
        platform = next;
        save();
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        JSONObject form = json.optJSONObject("platform");
        PlatformConfig candidate = form == null ? new PlatformConfig() : req.bindJSON(PlatformConfig.class, form);
        apply(candidate, req.getLocale());
        return true;
    }

    /** The form path: an invalid platform becomes a {@link FormException} that lists every problem. */
    void apply(PlatformConfig candidate, Locale locale) throws FormException {
        try {
            replace(candidate, locale);
        } catch (InvalidPlatformModelException e) {
            throw new FormException(e.getMessage(), e, "platform");
        }
    }

    @Override
    public String getDisplayName() {
        return Messages.page("SkylarkConfiguration.displayName");
    }

    /** A stored platform that no longer validates (edited on disk, stricter rules) is not put in force. */
    private void putLoadedPlatformInForce() {
        if (platform == null) {
            platform = new PlatformConfig();
        }
        try {
            inForce.replace(platform.toModel(Locale.getDefault()));
        } catch (InvalidPlatformModelException e) {
            LOGGER.log(Level.SEVERE, Messages.get("SkylarkConfiguration.storedInvalid", getConfigFile()), e);
        }
    }
}
