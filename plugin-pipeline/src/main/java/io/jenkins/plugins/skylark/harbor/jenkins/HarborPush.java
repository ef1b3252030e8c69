package io.jenkins.plugins.skylark.harbor.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.harbor.ScanGate;
import io.jenkins.plugins.skylark.harbor.ScanOverview;
import io.jenkins.plugins.skylark.harbor.ScanSession;
import io.jenkins.plugins.skylark.webhook.GateWait;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.harbor.RetentionTag;
import io.jenkins.plugins.skylark.image.plan.ImageDestination;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.RegistryKind;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code platformImage} does for a Harbor registry around the push: the project first, the extra tag, and
 * with {@code scan: true} the scan afterwards.
 */
public final class HarborPush {
    private HarborPush() {
    }

    /**
     * Before the push: {@code scan: true} needs a Harbor registry; for a Harbor registry, makes sure the Harbor
     * project (the repository's first segment) exists, creating it when the registry allows.
     *
     * @param credentialsId the push account; unused for an archive
     */
    public static void prepare(ImageDestination destination, String credentialsId, boolean scan, Run<?, ?> run,
            TaskListener listener) throws AbortException, InterruptedException {
        boolean harbor = !destination.isArchive() && destination.registry().kind() == RegistryKind.HARBOR;
        if (scan && !harbor) {
            throw new AbortException(destination.isArchive() ? Messages.get("Scan.needsRegistry")
                    : Messages.get("Scan.needsHarbor", destination.registry().id()));
        }
        if (!harbor) {
            return;
        }
        ImageRegistry registry = HarborAccess.registry(SkylarkConfiguration.get().getModel(),
                destination.registry().id());
        HarborAccess.ensureProject(HarborAccess.client(registry, credentialsId, run), registry,
                harborProject(destination.repository()), listener);
    }

    /**
     * {@code scan: true} after the push: waits on this thread for the scan of {@code reference} and applies the
     * default gate (no critical vulnerability), failing the step otherwise.
     */
    public static void scan(ResolvedPlatformContext platform, ImageDestination destination, String reference,
            Run<?, ?> run, EnvVars env, TaskListener listener) throws AbortException, InterruptedException {
        HarborTarget target = HarborTarget.resolve(SkylarkConfiguration.get().getModel(), platform, env, reference,
                destination.applicationId());
        ScanSession session = ImageScans.session(target, GateWait.DEFAULT_TIMEOUT);
        ScanOverview overview = ImageScans.await(session, ImageScans.client(target, run), listener);
        ImageScans.finish(target, session, overview, ScanGate.DEFAULT, false, run, env, listener);
    }

    /** {@code tags} plus {@code <version>-<build>} when a version is given. */
    public static List<String> withRetentionTag(List<String> tags, String version, int build) {
        if (version == null) {
            return tags;
        }
        List<String> all = new ArrayList<>(tags);
        all.add(RetentionTag.of(version, build));
        return all;
    }

    /** Harbor's project is the repository's first path segment ({@code shop} of {@code shop/orders}). */
    static String harborProject(String repository) {
        int slash = repository.indexOf('/');
        return slash < 0 ? repository : repository.substring(0, slash);
    }
}
