/** Credentials for tests: a provider registered as an extension and the three credential types Skylark reads. */
package io.jenkins.plugins.skylark.harness.credentials;
