/**
 * The resolved platform context of {@code withPlatform}: project, environment, cluster, namespace,
 * credentials ids and registry, and the {@code PLATFORM_*} variables it exports. Plain Java.
 */
package io.jenkins.plugins.skylark.context;
