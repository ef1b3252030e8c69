package io.jenkins.plugins.skylark.notify;

/**
 * A notification as an email: the subject (the chat cards' title), a plain-text body and an HTML body
 * with the same links as the chat renderings. User text is HTML-escaped, so it shows as typed and can
 * add neither markup nor links.
 */
public record EmailMessage(String subject, String text, String html) {

    public static EmailMessage of(Notification notification) {
        return new EmailMessage(notification.title(), text(notification), html(notification));
    }

    private static String text(Notification notification) {
        StringBuilder text = new StringBuilder(notification.message().strip()).append("\n\n");
        for (Notification.Link link : notification.links()) {
            text.append(link.kind().label()).append(": ").append(link.text());
            if (link.url() != null) {
                text.append(" <").append(link.url()).append('>');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String html(Notification notification) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><body>\n<h2>")
                .append(escape(Markup.emoji(notification.level()) + " " + notification.title())).append("</h2>\n<p>")
                .append(String.join("<br>\n", notification.message().strip().lines().map(EmailMessage::escape)
                        .toList()))
                .append("</p>\n<ul>\n");
        for (Notification.Link link : notification.links()) {
            html.append("<li><strong>").append(escape(link.kind().label())).append("</strong>: ");
            if (link.url() == null) {
                html.append(escape(link.text()));
            } else {
                html.append("<a href=\"").append(escape(link.url())).append("\">").append(escape(link.text()))
                        .append("</a>");
            }
            html.append("</li>\n");
        }
        return html.append("</ul>\n</body></html>\n").toString();
    }

    /** HTML text and attribute escaping: the five characters that can end text or an attribute value. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
