/** What the deploy core's validators share: an exception listing every problem at once. */
package io.jenkins.plugins.skylark.deploy.validation;
