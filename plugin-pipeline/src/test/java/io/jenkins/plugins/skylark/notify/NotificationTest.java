package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotificationTest {

    @Test
    void levelsParseAnyCaseAndNameTheFieldOtherwise() {
        assertThat(Level.parse(" Failure ")).isEqualTo(Level.FAILURE);
        assertThatThrownBy(() -> Level.parse("loud")).hasMessageContaining("'level'")
                .hasMessageContaining("info, success, warning, failure");
    }

    @Test
    void aBlankMessageIsRefused() {
        assertThatThrownBy(() -> new Notification(" ", Level.INFO, List.of())).hasMessageContaining("'message'");
    }

    @Test
    void aLinkMustBeHttp() {
        assertThatThrownBy(() -> new Notification.Link(Notification.LinkKind.BUILD, "x", "javascript:alert(1)"))
                .hasMessageContaining("build");
    }

    @Test
    void theEndpointNeverShowsItsSecrets() {
        ChannelEndpoint endpoint = new ChannelEndpoint("https://oapi.dingtalk.com/robot/send?access_token=tok0042", "SECx");
        assertThat(endpoint.toString()).doesNotContain("tok0042").doesNotContain("SECx");
        assertThat(endpoint.redact("failed for access_token=tok0042 with SECx")).isEqualTo("failed for access_token=*** with ***");
    }

    @Test
    void tokensInThePathAreMaskedToo() {
        ChannelEndpoint slack = new ChannelEndpoint("https://hooks.slack.com/services/T0001/B0002/abcdefghijklmnopqrstuvwx", null);
        assertThat(slack.redact("no team T0001 for abcdefghijklmnopqrstuvwx via services"))
                .isEqualTo("no team *** for *** via services");
    }

    @Test
    void aMalformedUrlIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> new ChannelEndpoint("https://x/a b?key=tok", null))
                .hasMessageContaining("webhook URL").hasMessageNotContaining("tok");
    }

    @Test
    void chineseReadersGetChineseLabels() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            Notification n = new Notification("已部署", Level.FAILURE, List.of(
                    new Notification.Link(Notification.LinkKind.VERSION, "1.0", null)));
            assertThat(n.title()).isEqualTo("失败：已部署");
            assertThat(Markup.MARKDOWN.render(n)).endsWith("**版本**: 1.0");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theTitleIsCut() {
        Notification n = new Notification("x".repeat(100) + "\nsecond line", Level.WARNING, null);
        assertThat(n.title()).startsWith("Warning: ").endsWith("…").doesNotContain("second");
    }
}
