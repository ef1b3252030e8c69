/**
 * Jenkins adapter of tenancy: the folder property that binds a folder to a project, and reading a
 * job's enclosing folders for the core {@code TenancyPolicy}.
 */
package io.jenkins.plugins.skylark.tenancy.jenkins;
