/**
 * Retries of registry calls that fail for a moment (a busy registry behind a load balancer answering
 * 503, a reset connection). Jib retries neither 5xx answers nor a broken upload, and a Jib step cannot
 * be re-run on its own (its progress allocation is single-use), so the whole containerize call is
 * repeated: Jib's blob existence checks skip what earlier attempts pushed, an interrupted upload starts
 * again from scratch in a new upload session, manifests and tags are PUT again (idempotent by digest).
 * No Jenkins types.
 */
package io.jenkins.plugins.skylark.image.retry;
