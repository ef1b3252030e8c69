package io.jenkins.plugins.skylark.webhook.jenkins;

import hudson.Extension;
import hudson.security.csrf.CrumbExclusion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Webhook senders have no CSRF crumb: posts under {@code /skylark-webhook/} pass without one (they are
 * authenticated by their signature instead). Every other URL keeps the check.
 */
@Extension
public final class SkylarkWebhookCrumbExclusion extends CrumbExclusion {
    static final String PREFIX = "/" + SkylarkWebhookAction.URL_NAME + "/";

    @Override
    public boolean process(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getPathInfo();
        if (path == null || !path.startsWith(PREFIX)) {
            return false;
        }
        chain.doFilter(request, response);
        return true;
    }
}
