/**
 * Manifests: reading files and folders, parsing multi-document YAML with file and line, checking
 * that every object stays inside what the environment allows, and stamping image, labels and
 * annotations. Everything here happens before anything is sent to a cluster.
 */
package io.jenkins.plugins.skylark.deploy.manifest;
