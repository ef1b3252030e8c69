package io.jenkins.plugins.skylark.web;

/** One JSON endpoint of a page. Implementations check the viewer's permissions before any work. */
@FunctionalInterface
public interface ApiEndpoint {

    ApiResponse handle(ApiRequest request);

    /**
     * Answers the request, turning an {@link ApiException} into its error response; a POST-only endpoint
     * asked with another method gets 405 (Jenkins' {@code @POST} does the same before the crumb check).
     */
    static ApiResponse answer(ApiEndpoint endpoint, ApiRequest request, boolean postOnly) {
        if (postOnly && !request.isPost()) {
            return ApiResponse.error(405, "POST required");
        }
        try {
            return endpoint.handle(request);
        } catch (ApiException e) {
            return ApiResponse.error(e.status(), e.getMessage());
        }
    }
}
