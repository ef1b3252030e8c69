package io.jenkins.plugins.skylark.notify.routing;

import io.jenkins.plugins.skylark.notify.Notification;
import io.jenkins.plugins.skylark.notify.Notification.Link;
import io.jenkins.plugins.skylark.notify.Notification.LinkKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What a message is about, as the links under its text: the build (opened through its URL when Jenkins
 * knows it), the project, environment, application and version. Any part may be {@code null} and is
 * then left out.
 *
 * @param buildName how the build is shown, e.g. {@code shop/orders-ci #12}
 * @param buildUrl the build's page; only an {@code http(s)} URL becomes a link
 * @param project the project's display name
 */
public record MessagePlace(String buildName, String buildUrl, String project, String environment,
        String application, String version) {

    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        if (present(buildName)) {
            links.add(new Link(LinkKind.BUILD, buildName, web(buildUrl)));
        }
        add(links, LinkKind.PROJECT, project);
        add(links, LinkKind.ENVIRONMENT, environment);
        add(links, LinkKind.APPLICATION, application);
        add(links, LinkKind.VERSION, version);
        return links;
    }

    /** A notification with {@code message} at {@code level} placed here. */
    public Notification notification(String message, io.jenkins.plugins.skylark.notify.Level level) {
        return new Notification(message, level, links());
    }

    /** The same place about another version ({@code null} keeps this one). */
    public MessagePlace withVersion(String otherVersion) {
        return otherVersion == null ? this
                : new MessagePlace(buildName, buildUrl, project, environment, application, otherVersion);
    }

    private static void add(List<Link> links, LinkKind kind, String text) {
        if (present(text)) {
            links.add(new Link(kind, text, null));
        }
    }

    private static String web(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
