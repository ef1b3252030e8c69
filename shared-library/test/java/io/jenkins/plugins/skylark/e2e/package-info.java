/**
 * The walking skeleton end to end: a sample service in a Git repository, the rendered template's
 * Jenkinsfile, a Maven build, an image pushed to a real registry, deploys to the fake cluster and the
 * delivery report — run by the end-to-end test and by the README's demo command alike.
 */
package io.jenkins.plugins.skylark.e2e;
