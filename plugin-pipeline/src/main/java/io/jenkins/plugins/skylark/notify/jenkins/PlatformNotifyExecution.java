package io.jenkins.plugins.skylark.notify.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.context.jenkins.PlatformContexts;
import io.jenkins.plugins.skylark.notify.DispatchResult;
import io.jenkins.plugins.skylark.notify.Notification;
import io.jenkins.plugins.skylark.notify.NotificationFailedException;
import io.jenkins.plugins.skylark.notify.routing.ChannelSelection;
import io.jenkins.plugins.skylark.notify.routing.MessagePlace;
import io.jenkins.plugins.skylark.notify.routing.NotifyOutcome;
import io.jenkins.plugins.skylark.notify.routing.NotifyRequest;
import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.NotificationChannel;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Checks every argument and the channels on the controller before anything is sent, then sends on a
 * background thread (a vendor may be slow or rate-limit us) and completes with the outcome. Its saved
 * state is the checked request only. After a controller restart during the sending it sends again:
 * a notification is delivered at least once rather than possibly never.
 */
public final class PlatformNotifyExecution extends GeneralNonBlockingStepExecution {
    private static final long serialVersionUID = 1L;

    private final transient PlatformNotifyStep step;
    private NotifyRequest request;
    private String application;

    PlatformNotifyExecution(StepContext context, PlatformNotifyStep step) {
        super(context);
        this.step = step;
    }

    @Override
    public boolean start() throws Exception {
        ResolvedPlatformContext platform = PlatformContexts.require(getContext(), PlatformNotifyStep.FUNCTION_NAME);
        PlatformModel model = SkylarkConfiguration.get().getModel();
        try {
            request = NotifyRequest.of(step.getMessage(), step.getLevel(), step.getChannels(), step.isFailOnError(),
                    step.getVersion());
            application = application(model, platform.projectId(), step.getApplication());
            ChannelSelection.forMessage(model, platform.projectId(), platform.environmentId(), request.channels());
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
        run(this::send);
        return false;
    }

    /** Not the inherited behaviour, which fails a step whose background work was cut off by the restart. */
    @Override
    public void onResume() {
        run(() -> {
            getContext().get(TaskListener.class).getLogger().println(Messages.get("PlatformNotify.resumed"));
            send();
        });
    }

    private void send() throws Exception {
        StepContext context = getContext();
        ResolvedPlatformContext platform = PlatformContexts.require(context, PlatformNotifyStep.FUNCTION_NAME);
        Run<?, ?> run = context.get(Run.class);
        PrintStream log = context.get(TaskListener.class).getLogger();
        EnvVars environment = context.get(EnvVars.class);
        PlatformModel model = SkylarkConfiguration.get().getModel();
        List<NotificationChannel> channels = selection(model, platform);
        String version = request.version() != null ? request.version() : environment.get("PLATFORM_IMAGE");
        MessagePlace place = new MessagePlace(run.getFullDisplayName(), environment.get("BUILD_URL"),
                projectName(model, platform.projectId()), platform.environmentId(), application, version);
        Notification notification = place.notification(request.message(), request.level());
        if (channels.isEmpty()) {
            log.println(Messages.get("PlatformNotify.noChannels", platform.projectId(), where(platform)));
        } else {
            log.println(Messages.get("PlatformNotify.sending", request.level().id(), ids(channels)));
        }
        DispatchResult result = ChannelDelivery.deliver(notification, channels, run, log);
        if (request.failOnError()) {
            try {
                result.requireAllSent();
            } catch (NotificationFailedException e) {
                throw new AbortException(e.getMessage());
            }
        }
        context.onSuccess(NotifyOutcome.of(result).toPipelineValue());
    }

    private List<NotificationChannel> selection(PlatformModel model, ResolvedPlatformContext platform)
            throws AbortException {
        try {
            return ChannelSelection.forMessage(model, platform.projectId(), platform.environmentId(),
                    request.channels());
        } catch (IllegalArgumentException e) { // the model changed since the step started
            throw new AbortException(e.getMessage());
        }
    }

    private static String application(PlatformModel model, String project, String id) {
        if (id == null || model.application(project, id).isPresent()) {
            return id;
        }
        throw new IllegalArgumentException(Messages.get("PlatformNotify.unknownApplication", id, project,
                model.applications(project).stream().map(Application::id).collect(Collectors.joining(", "))));
    }

    private static String projectName(PlatformModel model, String project) {
        return model.project(project).map(p -> p.displayName(Locale.getDefault())).orElse(project);
    }

    private static String where(ResolvedPlatformContext platform) {
        return platform.environmentId() == null ? "-" : platform.environmentId();
    }

    private static String ids(List<NotificationChannel> channels) {
        return channels.stream().map(NotificationChannel::id).collect(Collectors.joining(", "));
    }
}
