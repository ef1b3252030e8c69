package io.jenkins.plugins.skylark.notify;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One message to send: the user's text, its level and the links that place it (build, project,
 * environment, application, version). The text is the user's own: each channel escapes it for its
 * markup, so it can never inject links or formatting.
 */
public record Notification(String message, Level level, List<Link> links) {

    public Notification {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException(Messages.format("notification.messageRequired"));
        }
        Objects.requireNonNull(level, "level");
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** What a link points at; its label is localised. */
    public enum LinkKind {
        BUILD, PROJECT, ENVIRONMENT, APPLICATION, VERSION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String label() {
            return Messages.format("link." + id());
        }
    }

    /**
     * One link: {@code text} is what is shown (e.g. {@code shop/orders #12}), {@code url} may be
     * {@code null} when there is nothing to open (a version number).
     */
    public record Link(LinkKind kind, String text, String url) {
        public Link {
            Objects.requireNonNull(kind, "kind");
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException(Messages.format("notification.linkTextRequired", kind.id()));
            }
            if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
                throw new IllegalArgumentException(Messages.format("notification.linkUrlInvalid", kind.id()));
            }
        }
    }

    /** The title chat cards show: the level and the message's first line, cut to a readable length. */
    public String title() {
        String firstLine = message.strip().lines().findFirst().orElse("");
        String cut = firstLine.length() > 60 ? firstLine.substring(0, 59) + "…" : firstLine;
        return Messages.format("notification.title", level.label(), cut);
    }
}
