/**
 * The template gallery and "new job from template" page, without Jenkins types: the catalogue as a
 * searchable list, a template's form, the live preview (field errors from the engine's own rules,
 * the rendered Jenkinsfile, the stage graph with shown and hidden stages), the folders a job may be
 * created in and the creation itself through a {@link io.jenkins.plugins.skylark.template.gallery.JobFactory}.
 * Every endpoint checks the {@link io.jenkins.plugins.skylark.web.Viewer} first
 * ({@link io.jenkins.plugins.skylark.template.gallery.GalleryScope}).
 */
package io.jenkins.plugins.skylark.template.gallery;
