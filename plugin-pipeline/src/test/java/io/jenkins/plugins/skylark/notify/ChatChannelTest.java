package io.jenkins.plugins.skylark.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChatChannelTest {

    private static final String URL = "https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef";

    @Test
    void shouldCountTheSameRobotUnderOneKeyThatRevealsNoToken() {
        ChatChannel ops = ChatChannel.of("ops", ChannelKind.DINGTALK, new ChannelEndpoint(URL, "SECa"));
        ChatChannel alerts = ChatChannel.of("alerts", ChannelKind.DINGTALK, new ChannelEndpoint(URL, null));
        ChatChannel other = ChatChannel.of("dev", ChannelKind.DINGTALK, new ChannelEndpoint(URL + "0", null));

        assertThat(ops.rateKey()).isEqualTo(alerts.rateKey()).isNotEqualTo(other.rateKey())
                .startsWith("dingtalk:").doesNotContain("0123456789abcdef").doesNotContain("oapi");
        assertThat(ops.toString()).isEqualTo("ChatChannel[ops, dingtalk]");
    }

    @Test
    void shouldParseKindsAndNameTheFieldOfAnUnknownOne() {
        assertThat(ChannelKind.parse(" WeCom ")).isEqualTo(ChannelKind.WECOM);
        assertThatThrownBy(() -> ChannelKind.parse("telegram")).hasMessage(
                "Unknown channel kind 'telegram' (field 'kind'); use one of: dingtalk, wecom, feishu, slack, webhook");
        assertThatThrownBy(() -> ChatChannel.of(" ", ChannelKind.SLACK, new ChannelEndpoint(URL, null)))
                .hasMessage("A channel needs an id (field 'id')");
    }

    @Test
    void shouldShareOneSenderPerKind() {
        assertThat(ChannelKind.SLACK.sender()).isSameAs(ChannelKind.SLACK.sender()).isInstanceOf(SlackSender.class);
    }
}
