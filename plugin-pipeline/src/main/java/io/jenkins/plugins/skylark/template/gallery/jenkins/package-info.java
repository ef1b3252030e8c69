/**
 * The template gallery inside Jenkins: a root action ({@code /skylark-templates}) and the same page on
 * every folder bound to a project, a Jelly shell plus the {@code gallery} adjunct (script and style),
 * and {@code doXxx} web methods handing each request to the core's endpoints as the current user.
 */
package io.jenkins.plugins.skylark.template.gallery.jenkins;
