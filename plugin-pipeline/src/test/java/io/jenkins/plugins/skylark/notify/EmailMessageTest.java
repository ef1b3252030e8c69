package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmailMessageTest {

    private static Notification notification(String message) {
        return new Notification(message, Level.FAILURE, List.of(
                new Notification.Link(Notification.LinkKind.BUILD, "shop/orders #12", "https://ci.example.com/job/orders/12/"),
                new Notification.Link(Notification.LinkKind.PROJECT, "shop", "https://ci.example.com/skylark/shop"),
                new Notification.Link(Notification.LinkKind.ENVIRONMENT, "prod", "https://ci.example.com/skylark/shop/prod"),
                new Notification.Link(Notification.LinkKind.APPLICATION, "orders", "https://ci.example.com/skylark/shop/orders"),
                new Notification.Link(Notification.LinkKind.VERSION, "1.4.2", null)));
    }

    @Test
    void shouldCarryTheTitleTheTextAndEveryLinkInBothBodies() {
        EmailMessage email = EmailMessage.of(notification("Deploy failed\nImagePullBackOff"));

        assertThat(email.subject()).isEqualTo("Failure: Deploy failed");
        assertThat(email.text()).isEqualTo("Deploy failed\nImagePullBackOff\n\n"
                + "Build: shop/orders #12 <https://ci.example.com/job/orders/12/>\n"
                + "Project: shop <https://ci.example.com/skylark/shop>\n"
                + "Environment: prod <https://ci.example.com/skylark/shop/prod>\n"
                + "Application: orders <https://ci.example.com/skylark/shop/orders>\n"
                + "Version: 1.4.2\n");
        assertThat(email.html()).contains("<h2>❌ Failure: Deploy failed</h2>")
                .contains("<p>Deploy failed<br>\nImagePullBackOff</p>")
                .contains("<li><strong>Build</strong>: <a href=\"https://ci.example.com/job/orders/12/\">shop/orders #12</a></li>")
                .contains("<li><strong>Environment</strong>: <a href=\"https://ci.example.com/skylark/shop/prod\">prod</a></li>")
                .contains("<li><strong>Version</strong>: 1.4.2</li>");
    }

    @Test
    void shouldEscapeUserTextSoThatItCanAddNeitherMarkupNorLinks() {
        EmailMessage email = EmailMessage.of(new Notification("<a href=\"https://evil.example\">x</a> & <script>alert(1)</script>",
                Level.INFO, List.of(new Notification.Link(Notification.LinkKind.BUILD, "<b>#1</b>",
                        "https://ci.example.com/job/a/?q=\"><script>"))));

        assertThat(email.html()).doesNotContain("<script>").doesNotContain("<a href=\"https://evil")
                .doesNotContain("<b>#1</b>")
                .contains("&lt;a href=&quot;https://evil.example&quot;&gt;x&lt;/a&gt; &amp; &lt;script&gt;")
                .contains("<a href=\"https://ci.example.com/job/a/?q=&quot;&gt;&lt;script&gt;\">&lt;b&gt;#1&lt;/b&gt;</a>");
    }
}
