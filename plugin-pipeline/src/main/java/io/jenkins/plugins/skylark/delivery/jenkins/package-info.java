/** Jenkins side of delivery events: the extension point the metrics plugin (or any other) listens on. */
package io.jenkins.plugins.skylark.delivery.jenkins;
