/**
 * The catalogues' Jenkins side: the global configuration listing the Git catalogues (form, Configuration as
 * Code), the credentials they sign in with, and the library every page reads ({@link
 * io.jenkins.plugins.skylark.template.catalogue.jenkins.TemplateCatalogues#library()}).
 */
package io.jenkins.plugins.skylark.template.catalogue.jenkins;
