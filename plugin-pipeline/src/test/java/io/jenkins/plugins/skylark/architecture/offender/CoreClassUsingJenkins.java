package io.jenkins.plugins.skylark.architecture.offender;

import hudson.archfixture.JenkinsType;

/** Test fixture: a core class that breaks the rule. */
public class CoreClassUsingJenkins {
    public JenkinsType leak() {
        return new JenkinsType();
    }
}
