/**
 * The platform model: clusters, image registries, projects (tenants), environments and applications,
 * as immutable records, with {@link io.jenkins.plugins.skylark.platform.PlatformValidator} checking a
 * whole model and {@link io.jenkins.plugins.skylark.platform.PlatformModelHolder} keeping the last
 * valid one in force. No Jenkins types.
 */
package io.jenkins.plugins.skylark.platform;
