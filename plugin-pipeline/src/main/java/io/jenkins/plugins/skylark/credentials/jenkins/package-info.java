/** Credentials fields of configuration forms, shared by the Skylark plugins: the credentials plugin's select and its check. */
package io.jenkins.plugins.skylark.credentials.jenkins;
