/**
 * Where templates come from: the official catalogue bundled in this plugin and custom catalogues the
 * administrator configures (Git repositories at a pinned ref). Plain Java; the configuration lives in
 * {@code template.catalogue.jenkins}.
 */
package io.jenkins.plugins.skylark.template.catalogue;
