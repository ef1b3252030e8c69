package org.kohsuke.stapler;

import java.io.IOException;

/**
 * Stand-in of Stapler's response object interface. Declared here because stapler 1.263 on Maven Central
 * has the old javax method abstract, where the real (jakarta-era) interface has default methods; with
 * the old one, every stand-in implementing it would need an invented member. Only the javax default is
 * declared (Descriptor.FormException overrides it); the stand-in serves no HTTP.
 */
public interface HttpResponse {

    default void generateResponse(StaplerRequest req, StaplerResponse rsp, Object node)
            throws IOException, javax.servlet.ServletException {
        throw new UnsupportedOperationException("the Jenkins API stand-in serves no HTTP responses");
    }
}
