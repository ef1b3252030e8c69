package io.jenkins.plugins.skylark.deploy.release;

import java.io.Serializable;
import java.util.Objects;

/**
 * The cluster objects one gray release works on. Names default from the application (see {@link #of}):
 * the stable Deployment and Service are named like the application (what {@code platformDeploy} and
 * {@code platformExpose} create), the canary ones get the {@code -canary} suffix, and the route (Ingress,
 * HTTPRoute or VirtualService) is named like the application.
 *
 * @param namespace      the environment's namespace
 * @param application    the application id from the platform model
 * @param stableWorkload the Deployment serving the current version
 * @param canaryWorkload the Deployment the release creates for the new version
 * @param stableService  the Service in front of the stable pods
 * @param canaryService  the Service the release creates in front of the canary pods
 * @param route          the router object users' traffic goes through ({@code null} for {@link RouterKind#NONE})
 * @param router         how traffic is moved
 */
public record ReleaseTarget(String namespace, String application, String stableWorkload, String canaryWorkload,
        String stableService, String canaryService, String route, RouterKind router) implements Serializable {

    public ReleaseTarget {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(router, "router");
    }

    /** The default names for {@code application}; {@code route} {@code null} = named like the application. */
    public static ReleaseTarget of(String namespace, String application, String route, RouterKind router) {
        String routeName = router == RouterKind.NONE ? null : route == null ? application : route;
        return new ReleaseTarget(namespace, application, application, application + "-canary", application,
                application + "-canary", routeName, router);
    }

    /**
     * The server-side-apply field manager of this application's releases in this namespace: one per release
     * target, so the router fields a release owns are told apart from every other writer's.
     */
    public String fieldManager() {
        return "skylark-release-" + application;
    }
}
