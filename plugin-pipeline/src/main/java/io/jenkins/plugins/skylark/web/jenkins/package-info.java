/** Serves the core's JSON endpoints through Stapler, as the current Jenkins user. */
package io.jenkins.plugins.skylark.web.jenkins;
