/** Where the adapters learn the page viewer's language from Jenkins. */
package io.jenkins.plugins.skylark.i18n.jenkins;
