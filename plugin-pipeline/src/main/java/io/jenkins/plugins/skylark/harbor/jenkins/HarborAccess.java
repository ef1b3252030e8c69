package io.jenkins.plugins.skylark.harbor.jenkins;

import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.jenkins.PlatformCredentials;
import io.jenkins.plugins.skylark.harbor.HarborClient;
import io.jenkins.plugins.skylark.harbor.HarborException;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Project;
import io.jenkins.plugins.skylark.platform.RegistryKind;
import java.util.Arrays;

/**
 * How the steps reach a project's Harbor: the registry as configured (with its Harbor settings), the account
 * (the project's robot account, {@code servers.registryCredentialsId}, before the registry's credentials) and
 * the Harbor project a push needs. Calls run on the controller; the secret lives only in the client's header.
 */
public final class HarborAccess {
    private HarborAccess() {
    }

    /**
     * The credentials pushing to {@code registry} for {@code projectId}: the project's robot account when set,
     * else the registry's; {@code null} for anonymous access.
     */
    public static String credentialsId(PlatformModel model, String projectId, ImageRegistry registry) {
        String robot = model.project(projectId).map(Project::servers).map(s -> s.registryCredentialsId())
                .orElse(null);
        return robot != null ? robot : registry.credentialsId();
    }

    /** The registry {@code id} as configured, Harbor settings included. */
    public static ImageRegistry registry(PlatformModel model, String id) throws AbortException {
        return model.registry(id).orElseThrow(() -> new AbortException(Messages.get("Harbor.unknownRegistry", id)));
    }

    /** A client for {@code registry} with the credential {@code credentialsId} (or anonymous). */
    public static HarborClient client(ImageRegistry registry, String credentialsId, Run<?, ?> run)
            throws AbortException {
        if (registry.kind() != RegistryKind.HARBOR) {
            throw new AbortException(Messages.get("Harbor.notHarbor", registry.id()));
        }
        if (credentialsId == null) {
            return new HarborClient(registry.endpoint(), null, new char[0]);
        }
        StandardUsernamePasswordCredentials credential = PlatformCredentials.require(credentialsId,
                StandardUsernamePasswordCredentials.class, run, Messages.get("Harbor.credentialsPurpose",
                        registry.id()));
        char[] password = credential.getPassword().getPlainText().toCharArray();
        try {
            return new HarborClient(registry.endpoint(), credential.getUsername(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Makes sure the Harbor project {@code harborProject} exists before a push: created when the registry allows
     * it ({@code createProjects}), otherwise an error naming the project and the setting.
     */
    public static void ensureProject(HarborClient client, ImageRegistry registry, String harborProject,
            TaskListener listener) throws AbortException, InterruptedException {
        try {
            if (client.projectExists(harborProject)) {
                return;
            }
            if (!registry.createProjects()) {
                throw new AbortException(Messages.get("Harbor.projectMissing", harborProject, client.harbor(),
                        registry.id()));
            }
            client.createProject(harborProject);
            listener.getLogger().println(Messages.get("Harbor.projectCreated", harborProject, client.harbor()));
        } catch (HarborException e) {
            throw new AbortException(e.getMessage());
        }
    }
}
