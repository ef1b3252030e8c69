/** A loopback agent channel that serialises every callable and result, as Jenkins remoting does. */
package io.jenkins.plugins.skylark.harness.remoting;
