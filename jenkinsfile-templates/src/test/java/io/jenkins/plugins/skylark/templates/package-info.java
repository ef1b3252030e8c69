/**
 * Tests of the template catalogue: every template is listed, documented, rendered against its
 * golden files and attacked with hostile free-text values.
 */
package io.jenkins.plugins.skylark.templates;
