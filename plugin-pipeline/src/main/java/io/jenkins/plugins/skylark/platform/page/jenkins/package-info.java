/**
 * Manage Jenkins → Skylark platform: the management link, its endpoints through Stapler, and the store that
 * applies one object's change to Skylark's global configuration the way the System form does.
 */
package io.jenkins.plugins.skylark.platform.page.jenkins;
