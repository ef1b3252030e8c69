/**
 * The JSON endpoints behind Skylark's pages, without the servlet API: a page's adapter turns a Stapler
 * request into an {@link io.jenkins.plugins.skylark.web.ApiRequest}, asks the endpoint, and writes the
 * {@link io.jenkins.plugins.skylark.web.ApiResponse}; browser tests serve the same endpoints from a
 * plain HTTP server. Who is asking is a {@link io.jenkins.plugins.skylark.web.Viewer}, so permission and
 * tenancy checks are plain Java too.
 */
package io.jenkins.plugins.skylark.web;
