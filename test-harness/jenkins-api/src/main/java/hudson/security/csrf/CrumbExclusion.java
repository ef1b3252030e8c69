package hudson.security.csrf;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets a plugin exempt its own URLs from the CSRF crumb check. The real class also has a javax overload
 * and delegates between the two; a subclass overrides one of them (here: the jakarta one).
 */
public abstract class CrumbExclusion implements ExtensionPoint {
    public CrumbExclusion() {
    }

    /** @return whether the exclusion handled the request (typically by passing it down {@code chain}) */
    public boolean process(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        throw new AbstractMethodError(getClass().getName() + " must override CrumbExclusion.process");
    }

    public static ExtensionList<CrumbExclusion> all() {
        return ExtensionList.lookup(CrumbExclusion.class);
    }
}
