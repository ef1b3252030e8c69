package io.jenkins.plugins.skylark.notify.routing;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.platform.NotificationChannel;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which of a project's channels a message goes to. Tenancy holds: only the project's own channels, and
 * an environment-scoped channel only for its environment.
 */
public final class ChannelSelection {

    private ChannelSelection() {
    }

    /**
     * The channels of {@code platformNotify}: those named in {@code requested}, in that order, or, when
     * it is {@code null}, every channel of the project covering {@code environment} ({@code null} = the
     * project-wide ones).
     *
     * @throws IllegalArgumentException naming the field {@code channels}, the channel and the channels
     *     there are
     */
    public static List<NotificationChannel> forMessage(PlatformModel model, String project, String environment,
            List<String> requested) {
        List<NotificationChannel> covering = model.channels(project, environment);
        if (requested == null) {
            return covering;
        }
        List<NotificationChannel> selected = new ArrayList<>();
        for (String id : requested) {
            Optional<NotificationChannel> channel = model.channel(project, id);
            if (channel.isEmpty()) {
                throw new IllegalArgumentException(Messages.format("selection.unknown", id, project,
                        where(environment), ids(covering)));
            }
            if (!channel.get().covers(environment)) {
                throw new IllegalArgumentException(Messages.format("selection.otherEnvironment", id,
                        channel.get().environmentId(), where(environment), ids(covering)));
            }
            selected.add(channel.get());
        }
        return selected;
    }

    /** The channels subscribed to {@code event}'s type among those covering its project and environment. */
    public static List<NotificationChannel> forEvent(PlatformModel model, DeliveryEvent event) {
        if (event.project() == null) {
            return List.of();
        }
        return model.channels(event.project(), event.environment()).stream()
                .filter(channel -> channel.events().contains(event.type()))
                .toList();
    }

    private static String where(String environment) {
        return environment == null ? Messages.format("selection.projectWide") : environment;
    }

    private static String ids(List<NotificationChannel> channels) {
        return channels.isEmpty() ? Messages.format("selection.none")
                : channels.stream().map(NotificationChannel::id).collect(Collectors.joining(", "));
    }
}
