/**
 * JUnit 5 helpers that run Skylark's Jenkins adapters the way Jenkins would, on the compile-time
 * Jenkins API stand-in: a Jenkins instance with JENKINS_HOME in a temporary directory, nested folders,
 * Pipeline jobs and builds, and a credentials store registered as an extension.
 */
package io.jenkins.plugins.skylark.harness;
