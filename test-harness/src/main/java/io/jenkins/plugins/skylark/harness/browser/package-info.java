/**
 * Browser tests of Skylark's pages without Jenkins: {@link io.jenkins.plugins.skylark.harness.browser.PageServer}
 * serves a page's Jelly shell (rendered by {@link io.jenkins.plugins.skylark.harness.browser.JellyShell}), its
 * adjunct JavaScript and CSS from the class path, and the page's JSON endpoints from the core, checking the
 * crumb on POSTs as Jenkins does; {@link io.jenkins.plugins.skylark.harness.browser.Browser} drives Debian's
 * headless Chromium against it.
 */
package io.jenkins.plugins.skylark.harness.browser;
