package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The Jakarta-servlet Stapler response of Jenkins 2.475+ (stapler 1.263 on Maven Central predates it).
 * Skylark uses only the servlet members it inherits.
 */
public interface StaplerResponse2 extends HttpServletResponse {
}
