package io.jenkins.plugins.skylark.harness.browser;

import java.nio.charset.StandardCharsets;

/** What an endpoint answers the page. */
public record PageReply(int status, String contentType, byte[] body) {

    public static PageReply json(int status, String json) {
        return new PageReply(status, "application/json;charset=UTF-8", json.getBytes(StandardCharsets.UTF_8));
    }
}
