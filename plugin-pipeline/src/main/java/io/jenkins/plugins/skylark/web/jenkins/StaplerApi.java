package io.jenkins.plugins.skylark.web.jenkins;

import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * Answers a Stapler request with a core endpoint. The page's {@code doXxx} method checks nothing
 * itself beyond what its annotations do ({@code @POST} for changes: Jenkins' crumb filter has then
 * checked the crumb); the endpoint checks the viewer's permissions.
 */
public final class StaplerApi {

    private StaplerApi() {
    }

    public static void serve(StaplerRequest2 request, StaplerResponse2 response, ApiEndpoint endpoint,
            boolean postOnly) throws IOException {
        ApiResponse answer = ApiEndpoint.answer(endpoint, toApiRequest(request), postOnly);
        response.setStatus(answer.status());
        response.setContentType(ApiResponse.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        try (Writer writer = response.getWriter()) {
            writer.write(answer.json());
        }
    }

    static ApiRequest toApiRequest(StaplerRequest2 request) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                params.put(name, values[0]);
            }
        });
        String body = "";
        if ("POST".equalsIgnoreCase(request.getMethod())) {
            body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        return new ApiRequest(request.getMethod(), params, body, request.getLocale());
    }
}
