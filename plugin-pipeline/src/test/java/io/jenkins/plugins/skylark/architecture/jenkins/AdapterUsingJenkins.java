package io.jenkins.plugins.skylark.architecture.jenkins;

import hudson.archfixture.JenkinsType;

/** Test fixture: an adapter class, allowed to use Jenkins types. */
public class AdapterUsingJenkins {
    public JenkinsType use() {
        return new JenkinsType();
    }
}
