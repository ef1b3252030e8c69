/**
 * Template jobs in Jenkins: the job property recording the origin (saved with the job by XStream), job
 * creation for the gallery ({@link io.jenkins.plugins.skylark.template.job.jenkins.TemplateJobs#create}), and
 * the job page action serving the core's endpoints.
 */
package io.jenkins.plugins.skylark.template.job.jenkins;
