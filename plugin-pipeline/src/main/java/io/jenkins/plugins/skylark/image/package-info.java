/**
 * Builds OCI images without a Docker daemon (Jib): workspace files in reproducible layers on a base
 * image, pushed to a registry with tags, or written to an OCI archive when no registry is configured.
 * The entry point is {@link io.jenkins.plugins.skylark.image.ImageEngine#build}; its request and result
 * are serialisable so the Jenkins adapter can run it on an agent inside one {@code FilePath.act}
 * callable. No Jenkins types.
 */
package io.jenkins.plugins.skylark.image;
