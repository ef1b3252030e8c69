package io.jenkins.plugins.skylark.harness;

import hudson.security.AuthorizationStrategy;
import java.io.File;
import java.io.IOException;
import jenkins.model.Jenkins;
import org.jvnet.hudson.reactor.ReactorException;

/**
 * The Jenkins of a test, with JENKINS_HOME in a temporary directory and no servlet container. Who may do
 * what is its authorization strategy's answer, as in Jenkins (unsecured until a test secures it).
 */
final class HarnessJenkins extends Jenkins {
    HarnessJenkins(File root) throws IOException, InterruptedException, ReactorException {
        super(root, null);
    }

    /** After a restart: the authorization is part of the saved configuration, so it stays. */
    HarnessJenkins(File root, AuthorizationStrategy authorization)
            throws IOException, InterruptedException, ReactorException {
        this(root);
        setAuthorizationStrategy(authorization);
    }
}
