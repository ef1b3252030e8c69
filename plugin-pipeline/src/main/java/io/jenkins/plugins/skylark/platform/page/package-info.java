/**
 * The "Skylark platform" page's endpoints, without Jenkins: the platform's clusters, registries, projects,
 * environments and applications as table rows ({@link io.jenkins.plugins.skylark.platform.page.PlatformPage}),
 * one object added, changed or removed at a time through a {@link io.jenkins.plugins.skylark.platform.page.PlatformStore}
 * that re-validates and replaces the whole model, and connection tests of clusters and registries.
 * Administrators only.
 */
package io.jenkins.plugins.skylark.platform.page;
