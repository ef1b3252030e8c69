package io.jenkins.plugins.skylark.harness;

import java.io.File;
import java.io.IOException;
import jenkins.model.Jenkins;
import org.jvnet.hudson.reactor.ReactorException;

/** The Jenkins of a test, with JENKINS_HOME in a temporary directory and no servlet container. */
final class HarnessJenkins extends Jenkins {
    HarnessJenkins(File root) throws IOException, InterruptedException, ReactorException {
        super(root, null);
    }
}
