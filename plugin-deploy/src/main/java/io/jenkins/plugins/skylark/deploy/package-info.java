/**
 * The deploy engine: {@link io.jenkins.plugins.skylark.deploy.DeployEngine} loads, checks and applies
 * manifests, waits for the rollout, rolls back on failure, and offers rollback, scale and image update
 * as small operations. Plain Java; the Jenkins steps call it once from inside a file callable and
 * publish the {@link io.jenkins.plugins.skylark.delivery.DeliveryEvent}s of its result.
 */
package io.jenkins.plugins.skylark.deploy;
