/**
 * What a gray release does, independent of any cluster: the strategy and the list of release steps
 * (traffic weight, pause, analysis, header/cookie match), as written in a Jenkinsfile, a release file in
 * the repository, or an environment's default release policy in the platform model.
 */
package io.jenkins.plugins.skylark.release;
