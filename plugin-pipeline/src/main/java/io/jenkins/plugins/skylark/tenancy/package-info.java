/**
 * Tenancy: a folder binds to one project, and a job may act on a project only when its nearest bound
 * enclosing folder is bound to that project. Plain Java; the folder property lives in
 * {@code tenancy.jenkins}.
 */
package io.jenkins.plugins.skylark.tenancy;
