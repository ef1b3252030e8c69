/**
 * Applying objects to the cluster: server-side apply under field manager {@code skylark} (with a
 * create-or-update fallback for API servers without it), in dependency tiers, each tier in parallel
 * on a bounded pool.
 */
package io.jenkins.plugins.skylark.deploy.apply;
