/**
 * Jobs made from templates: what made a job ({@link io.jenkins.plugins.skylark.template.job.TemplateOrigin}),
 * planning an update to a newer template version (re-rendered with the stored values, new fields at their
 * defaults, removed fields named, a unified diff), refusing to overwrite a Jenkinsfile edited by hand
 * (its sha-256 no longer matches the stored one) and detaching a job from its template. Plain Java; the
 * job property, job creation and the job page live in {@code template.job.jenkins}.
 */
package io.jenkins.plugins.skylark.template.job;
