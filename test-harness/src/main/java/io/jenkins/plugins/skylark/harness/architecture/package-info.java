/** The dependency rule every plugin module keeps: core code never sees Jenkins types. */
package io.jenkins.plugins.skylark.harness.architecture;
