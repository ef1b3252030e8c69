/** Localised user-facing text for the deploy core, read with plain {@link java.util.ResourceBundle}. */
package io.jenkins.plugins.skylark.deploy.text;
