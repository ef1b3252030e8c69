package io.jenkins.plugins.skylark.deploy.jenkins;

import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.deploy;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.image;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.inShop;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tests that start from revision 1 of orders already deployed to dev, with no event recorded yet. */
abstract class AfterAFirstDeploy {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();
    DeployPlatform platform;
    StepRunner build;

    @BeforeEach
    void deployAFirstRevision() throws Exception {
        platform = DeployPlatform.start(jenkins);
        build = platform.newBuild();
        inShop(build, "dev", deploy(image(1)));
        platform.listener.events.clear();
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }
}
