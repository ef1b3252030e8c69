/** Test fixture: a core package that uses a Jenkins type. */
package io.jenkins.plugins.skylark.architecture.offender;
