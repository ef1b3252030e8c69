/** Who may do what in a test Jenkins: permissions granted per user, and acting as a user. */
package io.jenkins.plugins.skylark.harness.security;
