/**
 * Checks a built {@code .hpi} against what a Jenkins controller expects of it (manifest, bundled
 * libraries, extension index); used by each plugin module's packaging test after {@code package}.
 */
package io.jenkins.plugins.skylark.harness.packaging;
