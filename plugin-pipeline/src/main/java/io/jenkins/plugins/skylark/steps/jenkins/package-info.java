/**
 * Jenkins adapter pieces shared by Skylark's step executions of several features.
 */
package io.jenkins.plugins.skylark.steps.jenkins;
