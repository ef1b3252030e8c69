package io.jenkins.plugins.skylark.harbor.jenkins;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.harbor.RetentionTag;
import io.jenkins.plugins.skylark.image.plan.ImageDestination;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.RegistryKind;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.util.ArrayList;
import java.util.List;

/** What {@code platformImage} does for a Harbor registry around the push: the project first, the extra tag. */
public final class HarborPush {
    private HarborPush() {
    }

    /**
     * Before a push to a Harbor registry: makes sure the Harbor project (the repository's first segment) exists,
     * creating it when the registry allows. Nothing for other registries.
     */
    public static void prepare(ImageDestination destination, String credentialsId, Run<?, ?> run,
            TaskListener listener) throws AbortException, InterruptedException {
        if (destination.registry().kind() != RegistryKind.HARBOR) {
            return;
        }
        ImageRegistry registry = HarborAccess.registry(SkylarkConfiguration.get().getModel(),
                destination.registry().id());
        HarborAccess.ensureProject(HarborAccess.client(registry, credentialsId, run), registry,
                harborProject(destination.repository()), listener);
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
