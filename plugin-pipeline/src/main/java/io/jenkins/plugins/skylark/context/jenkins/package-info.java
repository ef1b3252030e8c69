/**
 * Jenkins adapter of the platform context: the {@code withPlatform} block step, and the helpers other
 * Skylark steps use to read the resolved context and its credentials inside it.
 */
package io.jenkins.plugins.skylark.context.jenkins;
