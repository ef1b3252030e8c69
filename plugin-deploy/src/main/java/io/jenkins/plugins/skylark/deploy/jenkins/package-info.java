/**
 * The Pipeline steps of the deploy engine: {@code platformDeploy}, {@code platformRollback},
 * {@code platformScale}, {@code platformUpdateImage}, {@code platformExpose} and {@code platformUnexpose}. Each must run inside {@code withPlatform} and a
 * {@code node}: it reads the platform context, looks the application up in the context's project,
 * resolves the cluster credential for the build, runs one {@link io.jenkins.plugins.skylark.deploy.call.EngineCall}
 * on the workspace's agent (cluster access from the agent's network zone, the credential in memory
 * only), then publishes the result's delivery events on the controller and fails the build with the
 * engine's message when the call failed.
 */
package io.jenkins.plugins.skylark.deploy.jenkins;
