package io.jenkins.plugins.skylark.notify;

import com.fasterxml.jackson.databind.JsonNode;

/** Readers of the vendors' answers: which ones mean "sent", and the error text of the others. */
final class VendorErrors {

    private VendorErrors() {
    }

    /** DingTalk and WeCom: HTTP 200 with {@code {"errcode":0,"errmsg":"ok"}}; any other errcode is an error. */
    static SendResult errcode(ChatHttp http, ChatHttp.Answer answer) {
        return codeAndMessage(http, answer, "errcode", "errmsg");
    }

    /** Feishu / Lark: {@code {"code":0,"msg":"success"}}; older bots answer {@code StatusCode}/{@code StatusMessage}. */
    static SendResult feishu(ChatHttp http, ChatHttp.Answer answer) {
        JsonNode node = http.parse(answer.body());
        if (node != null && !node.has("code") && node.has("StatusCode")) {
            return codeAndMessage(http, answer, "StatusCode", "StatusMessage");
        }
        return codeAndMessage(http, answer, "code", "msg");
    }

    /** Slack and the generic webhook: any 2xx is sent, otherwise the (plain-text) body is the error. */
    static SendResult status(ChatHttp.Answer answer) {
        return answer.successful() ? SendResult.success() : ChatHttp.httpError(answer);
    }

    private static SendResult codeAndMessage(ChatHttp http, ChatHttp.Answer answer, String codeField,
                                             String messageField) {
        JsonNode node = http.parse(answer.body());
        if (!answer.successful() || node == null || !node.path(codeField).canConvertToLong()) {
            return ChatHttp.httpError(answer);
        }
        long code = node.path(codeField).asLong();
        return code == 0 ? SendResult.success()
                : SendResult.failed(Messages.format("send.vendor", codeField, String.valueOf(code), messageField,
                        node.path(messageField).asText("")));
    }
}
