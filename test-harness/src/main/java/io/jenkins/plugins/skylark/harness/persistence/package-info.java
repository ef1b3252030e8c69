/**
 * What Jenkins does when it saves: its XStream behind the class filter of JEP-200, applied to what a
 * test's builds, folders and global configuration would put in {@code build.xml} and {@code config.xml}.
 */
package io.jenkins.plugins.skylark.harness.persistence;
