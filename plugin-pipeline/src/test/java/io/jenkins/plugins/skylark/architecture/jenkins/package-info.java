/** Test fixture: an adapter package. */
package io.jenkins.plugins.skylark.architecture.jenkins;
