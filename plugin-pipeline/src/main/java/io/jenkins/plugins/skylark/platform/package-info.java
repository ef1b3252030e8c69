/** The platform model: clusters, registries, projects, environments, applications. No Jenkins types. */
package io.jenkins.plugins.skylark.platform;
