/**
 * Reading the per-package {@code Messages.properties} bundles (English, with a Simplified Chinese twin)
 * without Jenkins' localizer, so core code can produce user-facing text in any locale.
 */
package io.jenkins.plugins.skylark.i18n;
