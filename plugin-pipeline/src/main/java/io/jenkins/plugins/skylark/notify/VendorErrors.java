package io.jenkins.plugins.skylark.notify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Readers of the vendors' answers: which ones mean "sent", the error text of the others, and which
 * error codes mean "too many messages, try later" (worth a retry) rather than a refusal.
 */
final class VendorErrors {

    /** DingTalk {@code 130101}: "send too fast, exceed 20 times per minute". */
    static final Set<Long> DINGTALK_THROTTLED = Set.of(130101L);
    /** WeCom {@code 45009}: "api freq out of limit". */
    static final Set<Long> WECOM_THROTTLED = Set.of(45009L);
    /** Feishu / Lark {@code 11232}: the bot's message frequency limit (100/min, 5/s). */
    static final Set<Long> FEISHU_THROTTLED = Set.of(11232L);

    private VendorErrors() {
    }

    /** DingTalk and WeCom: HTTP 200 with {@code {"errcode":0,"errmsg":"ok"}}; another errcode is an error. */
    static SendResult errcode(ChatHttp http, ChatHttp.Answer answer, Set<Long> throttled) {
        return codeAndMessage(http, answer, "errcode", "errmsg", throttled);
    }

    /** DingTalk and WeCom: HTTP 200 with {@code {"errcode":0,"errmsg":"ok"}}; other errcodes are errors. */
    static SendResult feishu(ChatHttp http, ChatHttp.Answer answer) {
        JsonNode node = http.parse(answer.body());
        if (node != null && !node.has("code") && node.has("StatusCode")) {
            return codeAndMessage(http, answer, "StatusCode", "StatusMessage", FEISHU_THROTTLED);
        }
        return codeAndMessage(http, answer, "code", "msg", FEISHU_THROTTLED);
    }

    /** Slack and the generic webhook: any 2xx is sent, otherwise the (plain-text) body is the error. */
    static SendResult status(ChatHttp http, ChatHttp.Answer answer) {
        return answer.successful() ? SendResult.success() : http.httpError(answer);
    }

    private static SendResult codeAndMessage(ChatHttp http, ChatHttp.Answer answer, String codeField,
                                             String messageField, Set<Long> throttled) {
        JsonNode node = http.parse(answer.body());
        if (!answer.successful() || node == null || !node.path(codeField).canConvertToLong()) {
            // Feishu answers its frequency limit with HTTP 400 and the code in the body.
            if (node != null && throttled.contains(node.path(codeField).asLong(0))) {
                return SendResult.transientFailure(vendorError(node, codeField, messageField), null);
            }
            return http.httpError(answer);
        }
        long code = node.path(codeField).asLong();
        if (code == 0) {
            return SendResult.success();
        }
        String error = vendorError(node, codeField, messageField);
        return throttled.contains(code) ? SendResult.transientFailure(error, null) : SendResult.failed(error);
    }

    private static String vendorError(JsonNode node, String codeField, String messageField) {
        return Messages.format("send.vendor", codeField, String.valueOf(node.path(codeField).asLong()), messageField,
                node.path(messageField).asText(""));
    }
}
