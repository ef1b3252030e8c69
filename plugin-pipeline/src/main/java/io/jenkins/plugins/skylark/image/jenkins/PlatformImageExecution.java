package io.jenkins.plugins.skylark.image.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.build.jenkins.PlatformBuildAction;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.context.jenkins.PlatformContexts;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.harbor.jenkins.HarborAccess;
import io.jenkins.plugins.skylark.harbor.jenkins.HarborPush;
import io.jenkins.plugins.skylark.image.BuildMetadata;
import io.jenkins.plugins.skylark.image.ImageBuildException;
import io.jenkins.plugins.skylark.image.ImageRequest;
import io.jenkins.plugins.skylark.image.ImageResult;
import io.jenkins.plugins.skylark.image.RegistryCredentials;
import io.jenkins.plugins.skylark.image.plan.ImageDestination;
import io.jenkins.plugins.skylark.image.plan.ImagePlan;
import io.jenkins.plugins.skylark.image.plan.KeyValues;
import io.jenkins.plugins.skylark.image.plan.LayoutOptions;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.time.Instant;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Resolves destination, layout options and credentials on the controller, sends one {@link ImagePlan} to
 * the workspace, then exports and announces the result. Bad input fails before anything is sent.
 */
public final class PlatformImageExecution extends SynchronousNonBlockingStepExecution<String> {
    private static final long serialVersionUID = 1L;

    private final transient PlatformImageStep step;

    PlatformImageExecution(StepContext context, PlatformImageStep step) {
        super(context);
        this.step = step;
    }

    @Override
    protected String run() throws Exception {
        ResolvedPlatformContext platform = PlatformContexts.require(getContext(), PlatformImageStep.FUNCTION_NAME);
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        FilePath workspace = getContext().get(FilePath.class);
        EnvVars env = getContext().get(EnvVars.class);
        ImageDestination destination = destination(platform);
        LayoutOptions layout = new LayoutOptions(jar(run), step.getClasses(), step.getDependencies(),
                step.getResources(), step.getMainClass(), step.getDirectory(), step.getInto());
        String commit = step.getCommit() != null ? step.getCommit() : env.get("GIT_COMMIT");
        String buildUrl = env.get("BUILD_URL");
        ImageRequest request = request(destination, layout, run, commit, buildUrl);
        listener.getLogger().println(destination.isArchive()
                ? Messages.get("PlatformImage.toArchive", destination.applicationId(), destination.projectId())
                : Messages.get("PlatformImage.toRegistry", destination.applicationId(), destination.projectId(),
                        destination.registry().id(), destination.repository()));
        HarborPush.prepare(destination, destination.isArchive() ? null : pushCredentialsId(destination),
                step.isScan(), run, listener);
        ImageResult result;
        try {
            result = workspace.act(new BuildImageCallable(new ImagePlan(request, layout), listener));
        } finally {
            clear(request.credentials());
        }
        run.addOrReplaceAction(new PlatformImageAction(result.reference()));
        listener.getLogger().println(Messages.get("PlatformImage.exported", PlatformImageAction.VARIABLE,
                result.reference()));
        if (!destination.isArchive()) {
            publish(platform, destination, result, commit, buildUrl, run, workspace, listener);
            if (step.isScan()) {
                HarborPush.scan(platform, destination, result.reference(), run, env, listener);
            }
        }
        return result.reference();
    }

    /** Without {@code jar}, {@code classes} or {@code directory}: the jar of the build's last {@code platformBuild}. */
    private String jar(Run<?, ?> run) {
        if (step.getJar() != null || step.getClasses() != null || step.getDirectory() != null) {
            return step.getJar();
        }
        PlatformBuildAction built = run.getAction(PlatformBuildAction.class);
        return built == null ? null : built.lastJar();
    }

    private ImageDestination destination(ResolvedPlatformContext platform) throws AbortException {
        try {
            return ImageDestination.resolve(SkylarkConfiguration.get().getModel(), platform, step.getApplication(),
                    step.getRegistry());
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    /** Everything but workspace and layers; credentials are looked up last, once the rest is known to be valid. */
    private ImageRequest request(ImageDestination destination, LayoutOptions layout, Run<?, ?> run, String commit,
            String buildUrl) throws AbortException {
        try {
            layout.check();
            ImageRequest.Builder request = ImageRequest.builder()
                    .baseImage(step.getFrom())
                    .entrypoint(step.getEntrypoint())
                    .environment(KeyValues.parse("env", step.getEnv()))
                    .ports(step.getPorts())
                    .labels(BuildMetadata.labels(commit, buildUrl, KeyValues.parse("labels", step.getLabels())))
                    .repository(destination.repository())
                    .tags(BuildMetadata.tags(String.valueOf(run.getNumber()), commit,
                            HarborPush.withRetentionTag(step.getTags(), step.getVersion(), run.getNumber())))
                    .archive(step.getArchive());
            if (!destination.isArchive()) {
                request.registry(destination.registry().endpoint().toString())
                        .insecure(destination.registry().insecure())
                        .credentials(RegistryLogin.of(destination.registry(), pushCredentialsId(destination), run));
            }
            return request.build();
        } catch (ImageBuildException | IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    private static String pushCredentialsId(ImageDestination destination) {
        return HarborAccess.credentialsId(SkylarkConfiguration.get().getModel(), destination.projectId(),
                destination.registry());
    }

    private static void publish(ResolvedPlatformContext platform, ImageDestination destination, ImageResult result,
            String commit, String buildUrl, Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws InterruptedException {
        String environment = platform.environmentId();
        DeliveryEvent event = new DeliveryEvent(
                DeliveryEventListener.keyFor(run, DeliveryEventType.IMAGE_PUSHED, destination.applicationId(),
                        environment, result.reference()),
                DeliveryEventType.IMAGE_PUSHED, destination.projectId(), destination.applicationId(), environment,
                Instant.now(), result.reference(), commit, buildUrl,
                Map.of("registry", destination.registry().id(), "repository", destination.repository(),
                        "tags", String.join(",", result.tags())));
        DeliveryEventListener.publish(event, run, workspace, listener);
    }

    private static void clear(RegistryCredentials credentials) {
        if (credentials != null) {
            credentials.clear();
        }
    }
}
