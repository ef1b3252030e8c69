package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.FilePath;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.PlatformModel;

/**
 * What a gray step builds its engine call from: the enclosing {@code withPlatform}'s context, the platform
 * model in force, the build's {@code BUILD_URL} and the workspace (where a release file is read).
 */
record GrayScope(String step, ResolvedPlatformContext context, PlatformModel model, String buildUrl,
        FilePath workspace) {

    /**
     * The release target of {@code application} in the context's environment: the application looked up in
     * the context's project only (tenancy), the router the environment says ({@link RouterKind#NONE} when
     * none).
     */
    ReleaseTarget target(String application) {
        Application app = StepInputs.application(model, context, step, application);
        StepInputs.target(context, step, buildUrl); // refuses a context without an environment
        RouterKind router = context.trafficRouter() == null ? RouterKind.NONE
                : RouterKind.valueOf(context.trafficRouter().name());
        return ReleaseTarget.of(context.namespace(), app.id(), GrayPlans.routeName(this), router);
    }
}
